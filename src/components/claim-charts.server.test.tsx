import type { ReactElement } from 'react';
import { markRow } from '../lib/chart-rows';
import { dateToTime } from '../lib/time-scale';
import { fixtureDataset } from '../testing/fixture';
import { ChartFrame } from './chart-frame';
import { ClaimBarChart } from './claim-bar-chart';
import { ClaimTimeChart } from './claim-time-chart';
import { PRERENDER_WIDTHS } from './prerender-size';
import { hydrate, markIds, parseHtml, serverHtml, tickLabels } from './hydration-harness';

const dataset = fixtureDataset();
const style = { colour: 0, shape: 'circle' as const };
const claim = (id: string) => dataset.claims.find((c) => c.id === id)!;

const timeRows = ['report-killed', 'agency-killed-later'].map((id, i) => ({
  ...markRow(dataset, claim(id), style),
  time: dateToTime(claim(id).claimedOn!),
  slot: i,
  slots: 2,
}));
const barRows = [
  {
    ...markRow(dataset, claim('report-value'), style),
    label: 'Value of arms',
    sublabel: 'A Scholar',
  },
];

const frame = (chart: ReactElement, claimIds: string[]) => (
  <ChartFrame dataset={dataset} label="Test" summary="Summary." sentences={[]} claimIds={claimIds}>
    {chart}
  </ChartFrame>
);
const timeChart = frame(
  <ClaimTimeChart
    rows={timeRows}
    timeDomain={[dateToTime('2024-10-01'), dateToTime('2025-09-30')]}
    timeTicks={[dateToTime('2025-01-01'), dateToTime('2025-05-01')]}
    valueTop={500}
    valueTicks={[0, 250, 500]}
    valueLabel="Killed"
  />,
  timeRows.map((r) => r.claimId),
);
const barChart = frame(
  <ClaimBarChart rows={barRows} valueTop={6e9} valueTicks={[0, 2e9, 4e9, 6e9]} money />,
  ['report-value'],
);

describe('ClaimTimeChart on the server', () => {
  it('draws a static SVG at the prerender size with its axes and every mark', () => {
    const page = parseHtml(serverHtml(timeChart, dataset));
    const svg = page.querySelector('.claim-chart svg.claim-chart__static[data-width="590"]')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 590 325');
    expect(page.querySelector('.recharts-wrapper')).toBeNull();
    expect(markIds(svg)).toEqual(['report-killed', 'agency-killed-later']);
    expect(tickLabels(svg)).toEqual(['Jan 2025', 'May 2025', '0', '250', '500']);
    expect(svg.querySelectorAll('.static-grid line')).toHaveLength(3);
    expect(page.querySelector('.claim-chart__defs mask[id$="-fade-up"]')).not.toBeNull();
    expect(svg.querySelector('[data-claim="report-killed"] .bound-chevron')).not.toBeNull();
  });

  it('draws the same marks at every prerender width, each drawing as tall as its width makes it', () => {
    const page = parseHtml(serverHtml(timeChart, dataset));
    const drawings = [...page.querySelectorAll('svg.claim-chart__static')];
    expect(drawings.map((svg) => Number(svg.getAttribute('data-width')))).toEqual([
      ...PRERENDER_WIDTHS,
    ]);
    const heights = drawings.map((svg) => Number(svg.getAttribute('height')));
    // 260 px up to a width of 473 px, then 0.55 of the width, up to 460 px from 836 px.
    expect(heights).toEqual([260, 260, 260, 260, 303, 325, 352, 374, 396, 460, 460, 460]);
    for (const svg of drawings) {
      const width = svg.getAttribute('data-width');
      expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${svg.getAttribute('height')}`);
      expect(markIds(svg)).toEqual(['report-killed', 'agency-killed-later']);
    }
    // The box follows the same rule in CSS, so the page has the chart's height before script.
    const box = page.querySelector<HTMLElement>('.claim-chart')!;
    expect(box.style.aspectRatio).toBe('1 / 0.55');
    expect(box.style.minHeight).toBe('260px');
    expect(box.style.maxHeight).toBe('460px');
    // The masks the marks fade with are defined once, outside the drawings.
    expect(page.querySelectorAll('mask[id$="-fade-up"]')).toHaveLength(1);
  });

  it('hydrates without a mismatch, then becomes the live recharts chart', async () => {
    const { container, errors, unmount } = await hydrate(timeChart, serverHtml(timeChart, dataset));
    expect(errors).toEqual([]);
    expect(container.querySelector('svg.recharts-surface')).not.toBeNull();
    expect(container.querySelector('.claim-chart__static')).toBeNull();
    expect(markIds(container.querySelector('svg.recharts-surface')!)).toHaveLength(2);
    unmount();
  });
});

describe('ClaimBarChart on the server', () => {
  it('draws each bar with its row label, figure and money ticks', () => {
    const page = parseHtml(serverHtml(barChart, dataset));
    const svg = page.querySelector('svg.claim-chart__static[data-width="590"]')!;
    expect(svg.getAttribute('viewBox')).toBe('0 0 590 106');
    expect(tickLabels(svg)).toEqual(['$0', '$2 bn', '$4 bn', '$6 bn']);
    expect(svg.querySelector('.bar-row-label')).toHaveTextContent('Value of arms');
    const mark = svg.querySelector('.claim-mark[data-claim="report-value"]')!;
    expect(mark.querySelectorAll('.bound-cap')).toHaveLength(2);
    expect(mark.parentElement!.querySelector('.mark-label')).toHaveTextContent('$1.7–5.5 bn');
  });

  it('hydrates without a mismatch, then becomes the live recharts chart', async () => {
    const { container, errors, unmount } = await hydrate(barChart, serverHtml(barChart, dataset));
    expect(errors).toEqual([]);
    expect(
      container.querySelector('svg.recharts-surface [data-claim="report-value"]'),
    ).not.toBeNull();
    expect(container.querySelector('.claim-chart__static')).toBeNull();
    unmount();
  });
});
