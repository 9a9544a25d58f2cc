import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { panelElement, panelWords } from '../../testing/panel-words';
import { ValuePanel } from './value-panel';

const panel = () => panelElement('value');
const words = () => panelWords('value');

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('ValuePanel in %s', (locale) => {
  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language', () => {
    renderWithProviders(<ValuePanel />, { dataset: publishedDataset() });
    for (const english of [
      'Two different measures',
      'and arms earnings',
      'Share and export',
      'Newest claim shown',
      'Point at, tap',
    ])
      expect(words()).not.toContain(english);
  });

  it('marks the names in its notes as English', () => {
    renderWithProviders(<ValuePanel />, { dataset: publishedDataset() });
    const names = [...panel().querySelectorAll('.panel__notes [lang="en"]')];
    expect(names.map((n) => n.textContent)).toEqual(['Guseinova']);
  });
});
