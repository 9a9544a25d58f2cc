import { fireEvent, render, screen } from '@testing-library/react';
import type { MarkRow } from '../lib/chart-rows';
import { dashboardActions } from '../store';
import { ChartContext, createActiveStore, type ChartInteraction } from './chart-context';
import { ClaimChip } from './claim-chip';

const row: MarkRow = {
  claimId: 'osc-oil-vs-cap',
  value: 2,
  low: undefined,
  qualifier: 'more-than',
  confidence: 'high',
  derived: true,
  inReport: false,
  retracted: false,
  series: { colour: 0, shape: 'circle' },
  seriesLabel: 'Open Source Centre',
  short: '>2×',
  sentence:
    'more than 2 times the UN annual cap, according to Open Source Centre, 22 November 2024 (derived)',
};

describe('ClaimChip', () => {
  it('behaves as a mark: named by its sentence, selected on click, active on focus', () => {
    dashboardActions().claimSelected('osc-oil-vs-cap');
    const context: ChartInteraction = {
      defsId: 'c',
      active: createActiveStore(),
      area: null,
      activate: vi.fn(),
      deactivate: vi.fn(),
      select: vi.fn(),
    };
    render(
      <ChartContext.Provider value={context}>
        <ClaimChip
          row={row}
          words="more than 2 times the UN annual cap"
          by="according to Open Source Centre, 22 November 2024"
        />
      </ChartContext.Provider>,
    );
    const chip = screen.getByRole('button', {
      name: /^more than 2 times the UN annual cap, according to Open Source Centre, 22 November 2024 derived$/,
    });
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(chip).toHaveAttribute('data-derived');
    expect(chip).toHaveTextContent('derived');
    fireEvent.click(chip);
    expect(context.select).toHaveBeenCalledWith('osc-oil-vs-cap');
    fireEvent.focus(chip);
    expect(context.activate).toHaveBeenCalledWith(expect.objectContaining({ via: 'focus' }));
  });
});
