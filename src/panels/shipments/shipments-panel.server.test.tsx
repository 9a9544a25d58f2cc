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
    expect(charts).toHaveLength(6);
    expect(page.querySelector('.recharts-wrapper')).toBeNull();
    expect(markIds(page)).toEqual([
      'report-containers',
      'asiae-artillery-shells',
      'report-artillery-shells',
      'guseinova-2025-artillery-shells',
      'guseinova-2025-mortar-shells',
      'guseinova-2025-rockets',
      'asiae-hwasong-11',
      'report-hwasong-11',
      'guseinova-2025-missiles',
      'us-officials-2025-02-missiles',
      'guseinova-2025-guns',
    ]);
    // Each measure on its own scale: containers, shells, mortar shells, rockets, missiles, guns.
    expect(tickLabels(page)).toEqual([
      ...['0', '10,000', '20,000'],
      ...['0', '2 mn', '4 mn', '6 mn', '8 mn'],
      ...['0', '500,000', '1 mn', '1.5 mn'],
      ...['0', '250,000', '500,000', '750,000', '1 mn'],
      ...['0', '100', '200', '300'],
      ...['0', '250', '500', '750', '1,000'],
    ]);
  });

  it('hydrates without a mismatch and becomes the live chart', async () => {
    await expectLiveAfterHydration(<ShipmentsPanel />, dataset, { charts: 6, marks: 11 });
  });
});
