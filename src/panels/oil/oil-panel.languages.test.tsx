import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { panelElement, panelWords } from '../../testing/panel-words';
import { OilPanel } from './oil-panel';

const panel = () => panelElement('oil');
const words = () => panelWords('oil');

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('OilPanel in %s', (locale) => {
  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language', () => {
    renderWithProviders(<OilPanel />, { dataset: publishedDataset() });
    for (const english of [
      '× cap',
      'Delivered',
      'lower bound',
      'Against the cap',
      'Share and export',
      'Newest claim shown',
      'Point at, tap',
    ])
      expect(words()).not.toContain(english);
  });

  it('marks the names in its notes as English', () => {
    renderWithProviders(<OilPanel />, { dataset: publishedDataset() });
    const names = [...panel().querySelectorAll('.panel__notes [lang="en"]')];
    expect(names.map((n) => n.textContent)).toEqual(['Open Source Centre']);
  });
});
