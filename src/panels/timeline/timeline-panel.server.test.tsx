import { hydrate, parseHtml, serverHtml } from '../../components/hydration-harness';
import { publishedDataset } from '../../testing/published-dataset';
import { TimelinePanel } from './timeline-panel';

const dataset = publishedDataset();

describe('TimelinePanel on the server', () => {
  it('sends its strip and every event as HTML, with no chart library to wait for', () => {
    const page = parseHtml(serverHtml(<TimelinePanel />, dataset));
    const panel = page.querySelector('section[data-panel="timeline"]')!;
    expect(panel.querySelectorAll('.timeline-strip__dot')).toHaveLength(26);
    // Known only to the month: drawn across it.
    expect(panel.querySelectorAll('.timeline-strip__span')).toHaveLength(2);
    expect(panel.querySelectorAll('.timeline-strip__year').length).toBeGreaterThan(1);
    expect(panel.querySelector('[data-event="summit"]')).toHaveTextContent('13 September 2023');
  });

  it('hydrates without a mismatch', async () => {
    const html = serverHtml(<TimelinePanel />, dataset);
    const { container, errors, unmount } = await hydrate(<TimelinePanel />, html);
    expect(errors).toEqual([]);
    expect(container.querySelectorAll('.timeline-strip__dot')).toHaveLength(26);
    unmount();
  });
});
