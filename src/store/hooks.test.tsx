import { act, render } from '@testing-library/react';
import { fixtureDataset } from '../testing/fixture';
import { dashboardActions, useIsSelected, useVisibleDataset } from '.';

describe('useVisibleDataset', () => {
  it('draws a new "known as of" date, and is left alone by a selection or a filter', () => {
    dashboardActions().datasetLoaded(fixtureDataset(), { kind: 'published' });
    const drawn: number[] = [];
    function Probe() {
      const dataset = useVisibleDataset();
      drawn.push(dataset?.claims.length ?? -1);
      return null;
    }
    render(<Probe />);
    const renders = drawn.length;
    act(() => dashboardActions().claimSelected('report-killed'));
    act(() => dashboardActions().filterChanged({ search: 'killed' }));
    expect(drawn).toHaveLength(renders);
    act(() => dashboardActions().asOfChanged('2024-12-23'));
    expect(drawn.at(-1)).toBe(2);
    act(() => dashboardActions().minConfidenceChanged('high'));
    expect(drawn.at(-1)).toBe(1);
  });
});

describe('useIsSelected', () => {
  it('redraws only the marks of the claim selected before and of the one selected now', () => {
    const drawn: string[] = [];
    function Mark({ id }: { id: string }) {
      const selected = useIsSelected(id);
      drawn.push(`${id}:${selected}`);
      return null;
    }
    const { unmount } = render(
      <>
        <Mark id="a" />
        <Mark id="b" />
        <Mark id="c" />
      </>,
    );
    drawn.length = 0;
    act(() => dashboardActions().claimSelected('a'));
    expect(drawn).toEqual(['a:true']);
    act(() => dashboardActions().claimSelected('b'));
    expect(drawn).toEqual(['a:true', 'a:false', 'b:true']);
    // A change elsewhere in the store redraws none of them.
    act(() => dashboardActions().filterChanged({ search: 'killed' }));
    act(() => dashboardActions().claimSelected(null));
    expect(drawn).toEqual(['a:true', 'a:false', 'b:true', 'b:false']);
    unmount();
  });
});
