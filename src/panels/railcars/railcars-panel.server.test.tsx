import {
  expectLiveAfterHydration,
  markIds,
  panelDrawings,
  parseHtml,
  serverHtml,
  tickLabels,
} from '../../components/hydration-harness';
import { publishedDataset } from '../../testing/published-dataset';
import { RailcarsPanel } from './railcars-panel';

const dataset = publishedDataset();

describe('RailcarsPanel on the server', () => {
  it('sends its chart as SVG with every claim mark and the axis ticks', () => {
    const page = parseHtml(serverHtml(<RailcarsPanel />, dataset));
    const charts = panelDrawings(page, 'railcars');
    expect(charts).toHaveLength(1);
    expect(page.querySelector('.recharts-wrapper')).toBeNull();
    expect(markIds(page)).toEqual([
      'csis-tumangang-baseline',
      'report-railcars-tripled',
      '38north-2022-11-train',
      'csis-tumangang-2023-10-05',
      'csis-tumangang-2024-06-17',
      'csis-khasan-2024-06-17',
    ]);
    expect(tickLabels(page)).toEqual([
      'Jan 2023',
      'Jul 2023',
      'Jan 2024',
      'Jul 2024',
      'Jan 2025',
      '0',
      '100',
      '200',
      '300',
    ]);
    // The baseline band and the summit rule are drawn too, not only the points.
    expect(page.querySelector('.event-rule line')).not.toBeNull();
    expect(page.querySelector('.event-rule')).toHaveTextContent('Kim–Putin summit');
    const band = charts[0]!.querySelector(
      '.claim-mark[data-claim="csis-tumangang-baseline"] .bound-mark rect',
    );
    // From 2018, older than the axis: it runs in from the left edge, and says its years.
    expect(Number(band!.getAttribute('width'))).toBeGreaterThan(100);
    expect(page.textContent).toContain('Baseline: ≤20');
    expect(page.textContent).toContain('\u2190 2018 to September 2023');
  });

  it('hydrates without a mismatch and becomes the live chart', async () => {
    await expectLiveAfterHydration(<RailcarsPanel />, dataset, { charts: 1, marks: 6 });
  });
});
