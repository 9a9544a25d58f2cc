import {
  expectLiveAfterHydration,
  markIds,
  panelDrawings,
  parseHtml,
  serverHtml,
  tickLabels,
} from '../../components/hydration-harness';
import { publishedDataset } from '../../testing/published-dataset';
import { CasualtiesPanel } from './casualties-panel';

const dataset = publishedDataset();

describe('CasualtiesPanel on the server', () => {
  it('sends its chart as SVG with every claim mark and the axis ticks', () => {
    const page = parseHtml(serverHtml(<CasualtiesPanel />, dataset));
    const charts = panelDrawings(page, 'casualties');
    expect(charts).toHaveLength(1);
    expect(page.querySelector('.recharts-wrapper')).toBeNull();
    expect(markIds(page)).toEqual([
      'gur-2024-12-15-killed',
      'nis-2024-12-19-killed',
      'report-killed',
      'nis-2025-01-13-killed',
      'western-2025-01-23-killed',
      'nis-2025-04-30-killed',
      'nis-2025-09-02-killed',
    ]);
    expect(tickLabels(page)).toEqual([
      'Jan 2025',
      'Mar 2025',
      'May 2025',
      'Jul 2025',
      'Sep 2025',
      '0',
      '1,000',
      '2,000',
    ]);
  });

  it('hydrates without a mismatch and becomes the live chart', async () => {
    await expectLiveAfterHydration(<CasualtiesPanel />, dataset, { charts: 1, marks: 7 });
  });
});
