import {
  hydrate,
  markIds,
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
    const charts = page.querySelectorAll(
      'section[data-panel="shipments"] svg.claim-chart__static[data-width="590"]',
    );
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
    const html = serverHtml(<ShipmentsPanel />, dataset);
    const { container, errors, unmount } = await hydrate(<ShipmentsPanel />, html);
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(3);
    expect(container.querySelector('.claim-chart__static')).toBeNull();
    expect(markIds(container)).toHaveLength(5);
    unmount();
  });
});
