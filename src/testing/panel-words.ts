/** A panel on the page, by its id. */
export const panelElement = (id: string) =>
  document.querySelector<HTMLElement>(`section[data-panel="${id}"]`)!;

/** What a panel reads, its names for assistive technology and its tooltips included. */
export function panelWords(id: string): string {
  const panel = panelElement(id);
  const named = [...panel.querySelectorAll('[aria-label], [title]')].map(
    (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
  );
  return [panel.textContent ?? '', ...named].join(' ');
}
