import { act, render } from '@testing-library/react';
import { fixtureDataset } from '../testing/fixture';
import { dashboardActions, useVisibleDataset } from '.';

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
