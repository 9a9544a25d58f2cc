import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { panelWords } from '../../testing/panel-words';
import { CasualtiesPanel } from './casualties-panel';

const words = () => panelWords('casualties');

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('CasualtiesPanel in %s', (locale) => {
  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language', () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: publishedDataset() });
    for (const english of [
      'claims over time',
      'Each mark is a claim',
      'Measure:',
      'Share and export',
      'Newest claim shown',
      'Point at, tap',
    ])
      expect(words()).not.toContain(english);
  });
});
