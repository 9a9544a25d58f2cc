import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { panelElement, panelWords } from '../../testing/panel-words';
import { RailcarsPanel } from './railcars-panel';

const panel = () => panelElement('railcars');
const words = () => panelWords('railcars');

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('RailcarsPanel in %s', (locale) => {
  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language', () => {
    renderWithProviders(<RailcarsPanel />, { dataset: publishedDataset() });
    for (const english of [
      'Kim–Putin summit',
      'Baseline',
      'Counts are single',
      'by date of imagery',
      'Share and export',
      'Newest claim shown',
      'Point at, tap',
    ])
      expect(words()).not.toContain(english);
  });

  it('marks the names in its notes as English', () => {
    renderWithProviders(<RailcarsPanel />, { dataset: publishedDataset() });
    const names = [...panel().querySelectorAll('.panel__notes [lang="en"]')];
    expect(names.map((n) => n.textContent)).toEqual(['CSIS', 'The Wall Street Journal']);
  });
});
