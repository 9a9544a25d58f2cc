/** Applies ?theme=light|dark|auto to the page: auto (the default) follows the reader's system. */
export function applyThemeFromUrl(search: string, root: HTMLElement = document.documentElement) {
  const theme = new URLSearchParams(search).get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  else delete root.dataset.theme;
}
