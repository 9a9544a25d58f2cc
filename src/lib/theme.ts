export type Theme = 'auto' | 'light' | 'dark';

/** The theme a link asks for (?theme=light|dark|auto); auto, the default, follows the system. */
export function themeFromSearch(search: string): Theme {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : 'auto';
}

/** Puts a theme on the page: light and dark are forced, auto leaves it to the system. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement) {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Applies ?theme= from the address. */
export function applyThemeFromUrl(search: string, root: HTMLElement = document.documentElement) {
  applyTheme(themeFromSearch(search), root);
}
