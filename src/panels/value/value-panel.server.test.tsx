import {
  expectLiveAfterHydration,
  markIds,
  panelDrawings,
  parseHtml,
  serverHtml,
  tickLabels,
} from '../../components/hydration-harness';
import { publishedDataset } from '../../testing/published-dataset';
import { ValuePanel } from './value-panel';

const dataset = publishedDataset();

describe('ValuePanel on the server', () => {
  it('sends its chart as SVG with every claim mark and the axis ticks', () => {
    const page = parseHtml(serverHtml(<ValuePanel />, dataset));
    const charts = panelDrawings(page, 'value');
    expect(charts).toHaveLength(1);
    expect(page.querySelector('.recharts-wrapper')).toBeNull();
    expect(markIds(page)).toEqual([
      'guseinova-deliveries-value',
      'guseinova-2025-value',
      'report-arms-earnings',
      'guseinova-2025-compensation',
    ]);
    expect(tickLabels(page)).toEqual(['$0', '$5 bn', '$10 bn']);
  });

  it('hydrates without a mismatch and becomes the live chart', async () => {
    await expectLiveAfterHydration(<ValuePanel />, dataset, { charts: 1, marks: 4 });
  });
});
