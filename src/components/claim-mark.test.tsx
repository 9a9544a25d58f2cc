import { fireEvent, render } from '@testing-library/react';
import { pointGeometry } from '../lib/point-geometry';
import type { MarkRow } from '../lib/chart-rows';
import { dashboardActions } from '../store';
import { ChartContext, createActiveStore, type ChartInteraction } from './chart-context';
import { ClaimMark } from './claim-mark';

const row: MarkRow = {
  claimId: 'nis-killed',
  value: 300,
  low: undefined,
  qualifier: 'about',
  confidence: 'high',
  derived: false,
  inReport: true,
  retracted: false,
  series: { colour: 0, shape: 'circle' },
  seriesLabel: "South Korea's NIS",
  short: '≈300',
  sentence: "about 300 killed, according to South Korea's NIS, 13 January 2025",
};
const geometry = pointGeometry('about', { orientation: 'up', zero: 200, value: 50, cross: 40 }, 6);

function setup(selectedId: string | null = null) {
  dashboardActions().claimSelected(selectedId);
  const context: ChartInteraction = {
    defsId: 'c',
    active: createActiveStore(),
    area: null,
    activate: vi.fn(),
    deactivate: vi.fn(),
    select: vi.fn(),
  };
  const { container } = render(
    <ChartContext.Provider value={context}>
      <svg>
        <ClaimMark
          row={row}
          geometry={geometry}
          label={{ x: 50, y: 50, anchor: 'start', text: row.short }}
        />
      </svg>
    </ChartContext.Provider>,
  );
  return {
    context,
    mark: container.querySelector<SVGGElement>('.claim-mark')!,
    group: container.querySelector<SVGGElement>('.claim-mark-group')!,
  };
}

describe('ClaimMark', () => {
  it('is a focusable button named by the claim in words', () => {
    const { mark } = setup();
    expect(mark).toHaveAttribute('role', 'button');
    expect(mark).toHaveAttribute('tabindex', '0');
    expect(mark).toHaveAttribute('aria-label', `${row.sentence}; a figure of the report`);
    expect(mark).toHaveAttribute('aria-pressed', 'false');
  });

  it('selects on click, Enter and Space, and nothing else', () => {
    const { mark, context } = setup();
    fireEvent.click(mark);
    fireEvent.keyDown(mark, { key: 'Enter' });
    fireEvent.keyDown(mark, { key: ' ' });
    fireEvent.keyDown(mark, { key: 'a' });
    expect(context.select).toHaveBeenCalledTimes(3);
    expect(context.select).toHaveBeenCalledWith('nis-killed');
  });

  it('reports focus and hover, and their end', () => {
    const { mark, context } = setup();
    fireEvent.focus(mark);
    expect(context.activate).toHaveBeenCalledWith(
      expect.objectContaining({ claimId: 'nis-killed', via: 'focus' }),
    );
    fireEvent.mouseEnter(mark);
    expect(context.activate).toHaveBeenLastCalledWith(expect.objectContaining({ via: 'pointer' }));
    fireEvent.blur(mark);
    expect(context.deactivate).toHaveBeenCalledWith('nis-killed');
  });

  it('shows its label and a ring only when selected', () => {
    expect(setup().group.querySelector('.mark-label')).toBeNull();
    const { mark, group } = setup('nis-killed');
    expect(mark).toHaveAttribute('data-selected');
    expect(mark.querySelector('.claim-mark__selected')).not.toBeNull();
    expect(group.querySelector('.mark-label')).toHaveTextContent('≈300');
    // Beside the button, not inside it: the button's name already says the figure in words.
    expect(mark.querySelector('.mark-label')).toBeNull();
  });

  it('badges a figure of the report', () => {
    const { mark, group } = setup();
    expect(group.querySelector('.report-badge')).toHaveTextContent('R');
    expect(mark.querySelector('.report-badge')).toBeNull();
  });
});
