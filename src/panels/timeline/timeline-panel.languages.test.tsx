import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { panelWords } from '../../testing/panel-words';
import { TimelinePanel } from './timeline-panel';

const words = () => panelWords('timeline');

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('TimelinePanel in %s', (locale) => {
  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language', () => {
    renderWithProviders(<TimelinePanel />, { dataset: publishedDataset() });
    for (const english of [
      'Sources:',
      'Source:',
      'Newest event shown',
      'Share and export',
      'Newest claim shown',
      'Point at, tap',
    ])
      expect(words()).not.toContain(english);
  });
});
