import {
  expectLiveAfterHydration,
  markIds,
  panelDrawings,
  parseHtml,
  serverHtml,
  tickLabels,
} from '../../components/hydration-harness';
import { publishedDataset } from '../../testing/published-dataset';
import { ShipmentsPanel } from './shipments-panel';

const dataset = publishedDataset();

describe('ShipmentsPanel on the server', () => {
  it('sends its chart as SVG with every claim mark and the axis ticks', () => {
    const page = parseHtml(serverHtml(<ShipmentsPanel />, dataset));
    const charts = panelDrawings(page, 'shipments');
    expect(charts).toHaveLength(3);
    expect(page.querySelector('.recharts-wrapper')).toBeNull();
    expect(markIds(page)).toEqual([
      'report-containers',
      'asiae-artillery-shells',
      'report-artillery-shells',
      'asiae-hwasong-11',
      'report-hwasong-11',
    ]);
    expect(tickLabels(page)).toEqual([
      '0',
      '10,000',
      '20,000',
      '0',
      '2 mn',
      '4 mn',
      '6 mn',
      '8 mn',
      '0',
      '50',
      '100',
      '150',
    ]);
  });

  it('hydrates without a mismatch and becomes the live chart', async () => {
    await expectLiveAfterHydration(<ShipmentsPanel />, dataset, { charts: 3, marks: 5 });
  });
});
