import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { panelWords } from '../../testing/panel-words';
import { OverviewPanel } from './overview-panel';

const words = () => panelWords('overview');

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('OverviewPanel in %s', (locale) => {
  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language', () => {
    renderWithProviders(<OverviewPanel />, { dataset: publishedDataset() });
    for (const english of [
      'Source of the report',
      'Figures as claimed',
      'Share and export',
      'Newest claim shown',
      'Point at, tap',
    ])
      expect(words()).not.toContain(english);
  });
});
