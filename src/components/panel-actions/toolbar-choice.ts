/** The choice a panel's toolbar shows ("Measure: Injured"), so that an image names what it draws. */
export function toolbarChoice(section: Element): string | undefined {
  const checked = section.querySelector<HTMLInputElement>('.panel__toolbar input:checked');
  const label = checked?.closest('label')?.textContent?.trim();
  const legend = checked?.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
  if (!label) return undefined;
  return legend ? `${legend}: ${label}` : label;
}

/**
 * The toolbar's choice as a word for a file's name ("injured"), as the panel gives it when it is
 * not the panel's first choice: a file of the chart as it opens keeps the panel's plain name.
 */
export const toolbarChoiceWord = (section: Element): string | undefined =>
  section.getAttribute('data-choice') ?? undefined;
