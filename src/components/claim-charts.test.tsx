import { act, fireEvent, screen } from '@testing-library/react';
import * as boundMarks from './bound-mark';
import { dashboardActions } from '../store';
import { MAX_BARS } from '../lib/thin-marks';
import { markRow } from '../lib/chart-rows';
import { dateToTime } from '../lib/time-scale';
import { fixtureDataset } from '../testing/fixture';
import { renderWithProviders } from '../testing/render';
import { ChartFrame } from './chart-frame';
import { ClaimBarChart } from './claim-bar-chart';
import { ClaimTimeChart } from './claim-time-chart';
import type { TimeMarkRow } from './point-layer';

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

/** A year of killed claims from October 2024, on a value axis up to 500. */
const killedChart = (rows: readonly TimeMarkRow[], maxMarks?: number) => (
  <ClaimTimeChart
    maxMarks={maxMarks}
    rows={rows}
    timeDomain={[dateToTime('2024-10-01'), dateToTime('2025-09-30')]}
    timeTicks={[dateToTime('2025-01-01')]}
    valueTop={500}
    valueTicks={[0, 250, 500]}
    valueLabel="Killed"
  />
);

describe('ClaimTimeChart', () => {
  it('draws a time axis, a value axis from zero and one mark per row', () => {
    const rows = ['report-killed', 'agency-killed-later'].map((id, i) => ({
      ...markRow(dataset, claim(id), style),
      time: dateToTime(claim(id).claimedOn!),
      slot: i,
      slots: 2,
    }));
    const { container } = frame(
      killedChart(rows),
      rows.map((r) => r.claimId),
    );
    expect(screen.getByText('Jan 2025')).toBeInTheDocument();
    expect(screen.getByText('250')).toBeInTheDocument();
    expect(container.querySelectorAll('.claim-mark')).toHaveLength(2);
    expect(container.querySelector('mask[id$="-fade-up"]')).not.toBeNull();
  });
});

describe('marks drawn again', () => {
  it('are only those whose selection or hover changes', () => {
    const rows = ['report-killed', 'agency-killed-later'].map((id) => ({
      ...markRow(dataset, claim(id), style),
      time: dateToTime(claim(id).claimedOn!),
      slot: 0,
      slots: 1,
    }));
    const { container } = frame(
      killedChart(rows),
      rows.map((r) => r.claimId),
    );
    const drawn = vi.spyOn(boundMarks, 'BoundMark');
    // The selected mark, and its copy drawn on top.
    act(() => dashboardActions().claimSelected('report-killed'));
    expect(drawn).toHaveBeenCalledTimes(2);
    // The two marks whose selection changes, and the new one's copy.
    act(() => dashboardActions().claimSelected('agency-killed-later'));
    expect(drawn).toHaveBeenCalledTimes(5);
    fireEvent.mouseEnter(container.querySelector('.claim-mark[data-claim="report-killed"]')!);
    expect(drawn).toHaveBeenCalledTimes(6);
    drawn.mockRestore();
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

describe('charts of more claims than they can draw', () => {
  const noteOf = (container: HTMLElement) => {
    const note = container.querySelector('.thinned-note');
    return note?.querySelector('title')?.textContent ?? note?.textContent;
  };

  it('draws the first bars and any selected one, and says so on the chart', () => {
    const rows = Array.from({ length: 45 }, (_, i) => ({
      ...markRow(dataset, claim('report-value'), style),
      claimId: `bar-${i}`,
      label: `Bar ${i}`,
      sublabel: 'A Scholar',
    }));
    const chart = <ClaimBarChart rows={rows} valueTop={6e9} valueTicks={[0, 3e9, 6e9]} money />;
    const { container } = frame(chart, []);
    const drawn = () =>
      [...container.querySelectorAll('.claim-mark')].map((m) => m.getAttribute('data-claim'));
    expect(drawn()).toEqual(rows.slice(0, MAX_BARS).map((r) => r.claimId));
    expect(noteOf(container)).toBe(
      '40 of 45 bars drawn: the first 40 as listed; the table lists every claim',
    );
    act(() => dashboardActions().claimSelected('bar-44'));
    expect(drawn()).toHaveLength(MAX_BARS + 1);
    expect(drawn().at(-1)).toBe('bar-44');
  });

  it('thins a dense time chart to at most its limit of marks, and says so on the chart', () => {
    // A limit of 100 marks, so that the test draws a hundred marks and not a thousand.
    const MAX_MARKS = 100;
    const base = markRow(dataset, claim('report-killed'), style);
    const rows = Array.from({ length: 3_000 }, (_, i) => ({
      ...base,
      claimId: `point-${i}`,
      value: (i * 37) % 500,
      time: dateToTime('2024-10-01') + (i % 360) * 86_400_000,
      slot: 0,
      slots: 1,
    }));
    const { container } = frame(killedChart(rows, MAX_MARKS), []);
    const marks = container.querySelectorAll('.claim-mark').length;
    expect(marks).toBeGreaterThan(MAX_MARKS / 2);
    expect(marks).toBeLessThanOrEqual(MAX_MARKS);
    expect(noteOf(container)).toMatch(
      new RegExp(`^${marks} of 3,000 points drawn: .*; the table lists every claim$`),
    );
  });
});
