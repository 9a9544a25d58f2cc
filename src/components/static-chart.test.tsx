import { readFileSync } from 'node:fs';
import { markRow } from '../lib/chart-rows';
import { dateToTime } from '../lib/time-scale';
import { fixtureDataset } from '../testing/fixture';
import { renderWithProviders } from '../testing/render';
import { ChartFrame } from './chart-frame';
import type { ChartSpec } from './chart-spec';
import { BarLayer } from './bar-layer';
import { LiveChart } from './live-chart';
import { PointLayer } from './point-layer';
import { PRERENDER_WIDTHS } from './prerender-size';
import { StaticChart } from './static-chart';

const dataset = fixtureDataset();
const claim = (id: string) => dataset.claims.find((c) => c.id === id)!;
const rows = ['report-killed', 'agency-killed-later'].map((id) => ({
  ...markRow(dataset, claim(id), { colour: 0, shape: 'circle' as const }),
  time: dateToTime(claim(id).claimedOn!),
  slot: 0,
  slots: 1,
}));
const spec: ChartSpec = {
  margin: { top: 30, right: 14, bottom: 4, left: 0 },
  grid: 'horizontal',
  x: { dataKey: 'time', domain: [dateToTime('2024-10-01'), dateToTime('2025-09-30')], size: 30 },
  y: { dataKey: 'value', domain: [0, 500], ticks: [0, 250, 500], size: 48 },
};

describe('StaticChart', () => {
  it('places marks and grid exactly where the live recharts chart of the same size does', () => {
    // The test setup measures every live chart at 800 × 400.
    const layer = <PointLayer rows={rows} onTop={() => false} labels="all" />;
    const { container } = renderWithProviders(
      <ChartFrame dataset={dataset} label="T" summary="S." sentences={[]} claimIds={[]}>
        <div className="live">
          <LiveChart spec={spec} height={400} defs={null}>
            {layer}
          </LiveChart>
        </div>
        <div className="static">
          <StaticChart spec={spec} width={800} height={400}>
            {layer}
          </StaticChart>
        </div>
      </ChartFrame>,
      { dataset },
    );
    const marks = (side: string) =>
      [...container.querySelectorAll(`.${side} .claim-mark-group`)].map((g) => g.outerHTML);
    const gridRows = (selector: string) =>
      [...container.querySelectorAll(selector)].map((line) => Number(line.getAttribute('y1')));
    expect(marks('live')).toHaveLength(2);
    expect(marks('static')).toEqual(marks('live'));
    expect(gridRows('.static .static-grid line')).toEqual(
      gridRows('.live .recharts-cartesian-grid-horizontal line'),
    );
  });

  it('matches recharts for bars on a hidden, reversed row axis', () => {
    const bars = [{ ...rows[1]!, label: 'Killed', sublabel: 'Agency' }];
    const barSpec: ChartSpec = {
      margin: { top: 8, right: 20, bottom: 0, left: 6 },
      grid: 'vertical',
      x: { dataKey: 'value', domain: [0, 500], ticks: [0, 250, 500], size: 28 },
      y: { dataKey: 'row', domain: [0, 1], reversed: true, hide: true, size: 0 },
    };
    const { container } = renderWithProviders(
      <ChartFrame dataset={dataset} label="T" summary="S." sentences={[]} claimIds={[]}>
        <div className="live">
          <LiveChart spec={barSpec} height={400} defs={null}>
            <BarLayer rows={bars} />
          </LiveChart>
        </div>
        <div className="static">
          <StaticChart spec={barSpec} width={800} height={400}>
            <BarLayer rows={bars} />
          </StaticChart>
        </div>
      </ChartFrame>,
      { dataset },
    );
    const layer = (side: string) => container.querySelector(`.${side} .bar-layer`)?.outerHTML;
    expect(layer('live')).toContain('data-claim="agency-killed-later"');
    expect(layer('static')).toBe(layer('live'));
  });
});

describe('the prerender widths and the styles that pick one', () => {
  it('shows the widest drawing that fits the chart box, and only that one', () => {
    const css = readFileSync('src/components/charts.css', 'utf8').replace(/\s+/g, ' ');
    const [first, ...rest] = PRERENDER_WIDTHS;
    expect(css).toContain(`.claim-chart__static { display: none;`);
    expect(css).toContain(`.claim-chart__static--${first} { display: block; }`);
    rest.forEach((width, i) => {
      const narrower = PRERENDER_WIDTHS[i];
      expect(css).toContain(
        `@container (min-width: ${width}px) { .claim-chart__static--${narrower} { display: none; } .claim-chart__static--${width} { display: block; } }`,
      );
    });
    expect([...css.matchAll(/@container/g)]).toHaveLength(rest.length);
  });
});
