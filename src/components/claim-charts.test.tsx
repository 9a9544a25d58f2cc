import { screen } from '@testing-library/react';
import { markRow } from '../lib/chart-rows';
import { dateToTime } from '../lib/time-scale';
import { fixtureDataset } from '../testing/fixture';
import { renderWithProviders } from '../testing/render';
import { ChartFrame } from './chart-frame';
import { ClaimBarChart } from './claim-bar-chart';
import { ClaimTimeChart } from './claim-time-chart';

const dataset = fixtureDataset();
const style = { colour: 0, shape: 'circle' as const };
const claim = (id: string) => dataset.claims.find((c) => c.id === id)!;

function frame(children: React.ReactNode, claimIds: string[]) {
  return renderWithProviders(
    <ChartFrame
      dataset={dataset}
      label="Test chart"
      summary="Summary."
      sentences={[]}
      claimIds={claimIds}
    >
      {children}
    </ChartFrame>,
    { dataset },
  );
}

describe('ClaimTimeChart', () => {
  it('draws a time axis, a value axis from zero and one mark per row', () => {
    const rows = ['report-killed', 'agency-killed-later'].map((id, i) => ({
      ...markRow(dataset, claim(id), style),
      time: dateToTime(claim(id).claimedOn),
      slot: i,
      slots: 2,
    }));
    const { container } = frame(
      <ClaimTimeChart
        rows={rows}
        timeDomain={[dateToTime('2024-10-01'), dateToTime('2025-09-30')]}
        timeTicks={[dateToTime('2025-01-01')]}
        valueTop={500}
        valueTicks={[0, 250, 500]}
        valueLabel="Killed"
      />,
      rows.map((r) => r.claimId),
    );
    expect(screen.getByText('Jan 2025')).toBeInTheDocument();
    expect(screen.getByText('250')).toBeInTheDocument();
    expect(container.querySelectorAll('.claim-mark')).toHaveLength(2);
    expect(container.querySelector('mask[id$="-fade-up"]')).not.toBeNull();
  });
});

describe('ClaimBarChart', () => {
  it('draws one labelled bar per row on a money axis', () => {
    const rows = [
      {
        ...markRow(dataset, claim('report-value'), style),
        label: 'Value of arms',
        sublabel: 'A Scholar',
      },
    ];
    const { container } = frame(
      <ClaimBarChart rows={rows} valueTop={6e9} valueTicks={[0, 2e9, 4e9, 6e9]} money />,
      ['report-value'],
    );
    expect(screen.getByText('$2 bn')).toBeInTheDocument();
    expect(screen.getByText('Value of arms')).toBeInTheDocument();
    const mark = container.querySelector('.claim-mark[data-claim="report-value"]')!;
    expect(mark.parentElement!.querySelector('.mark-label')).toHaveTextContent('$1.7–5.5 bn');
    expect(mark.querySelectorAll('.bound-cap')).toHaveLength(2);
  });
});
