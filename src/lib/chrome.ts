/**
 * How much of a panel an embed shows: the whole panel, or (`?chrome=none`) what an article
 * needs, the chart with its title, key, source line and date, without buttons, hints or tables.
 */
export type Chrome = 'full' | 'none';

export const chromeFromSearch = (search: string): Chrome =>
  new URLSearchParams(search).get('chrome') === 'none' ? 'none' : 'full';

/** Marks the page with ?chrome= from its address; the stylesheet does the rest. */
export function applyChromeFromUrl(search: string, root: HTMLElement = document.documentElement) {
  if (chromeFromSearch(search) === 'none') root.dataset.chrome = 'none';
  else delete root.dataset.chrome;
}
