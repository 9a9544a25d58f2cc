/** The choice a panel's toolbar shows ("Measure: Injured"), so that an image names what it draws. */
export function toolbarChoice(section: Element): string | undefined {
  const checked = section.querySelector<HTMLInputElement>('.panel__toolbar input:checked');
  const label = checked?.closest('label')?.textContent?.trim();
  const legend = checked?.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
  if (!label) return undefined;
  return legend ? `${legend}: ${label}` : label;
}
