import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { CasualtiesPanel } from './casualties-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="casualties"]')!;

/** What the panel reads, its names for assistive technology and its tooltips included. */
function words(): string {
  const named = [...panel().querySelectorAll('[aria-label], [title]')].map(
    (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
  );
  return [panel().textContent ?? '', ...named].join(' ');
}

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
