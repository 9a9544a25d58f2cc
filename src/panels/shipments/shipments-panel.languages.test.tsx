import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { panelWords } from '../../testing/panel-words';
import { ShipmentsPanel } from './shipments-panel';

const words = () => panelWords('shipments');

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('ShipmentsPanel in %s', (locale) => {
  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language', () => {
    renderWithProviders(<ShipmentsPanel />, { dataset: publishedDataset() });
    for (const english of [
      'reported by',
      'Each measure has its own scale',
      'one small chart',
      'Share and export',
      'Newest claim shown',
      'Point at, tap',
    ])
      expect(words()).not.toContain(english);
  });
});
