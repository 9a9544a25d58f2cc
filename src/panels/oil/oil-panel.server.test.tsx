import {
  expectLiveAfterHydration,
  markIds,
  panelDrawings,
  parseHtml,
  serverHtml,
  tickLabels,
} from '../../components/hydration-harness';
import { publishedDataset } from '../../testing/published-dataset';
import { OilPanel } from './oil-panel';

const dataset = publishedDataset();

describe('OilPanel on the server', () => {
  it('sends its chart as SVG with every claim mark and the axis ticks', () => {
    const page = parseHtml(serverHtml(<OilPanel />, dataset));
    const charts = panelDrawings(page, 'oil');
    expect(charts).toHaveLength(1);
    expect(page.querySelector('.recharts-wrapper')).toBeNull();
    expect(markIds(page)).toEqual([
      'rusi-2024-03-barrels',
      'osc-oil-barrels',
      'report-oil',
      'unscr-2397-cap',
    ]);
    expect(tickLabels(page)).toEqual(['0', '500,000', '1 mn', '1.5 mn']);
    // The rules at one and two caps stand where the cap's bar ends, and twice as far.
    const drawing = charts[0]!;
    const rules = [...drawing.querySelectorAll('.cap-rules line')].map((l) =>
      Number(l.getAttribute('x1')),
    );
    expect(rules).toHaveLength(2);
    expect(rules[1]! - 6).toBeCloseTo(2 * (rules[0]! - 6));
    expect(page.querySelector('.cap-rules')).toHaveTextContent('2× cap');
  });

  it('hydrates without a mismatch and becomes the live chart', async () => {
    await expectLiveAfterHydration(<OilPanel />, dataset, { charts: 1, marks: 4 });
  });
});
