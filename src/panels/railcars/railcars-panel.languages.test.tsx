import { choosePageLocale } from '../../i18n/messages';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { RailcarsPanel } from './railcars-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="railcars"]')!;

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
