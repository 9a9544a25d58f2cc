/** About how wide a character of 12px text is; enough to keep a label inside the plot. */
const CHAR_WIDTH = 6.4;

/** Shortens text at a word to fit `width` pixels, ending in "…"; the full text stays in a tooltip. */
export function fitText(text: string, width: number): string {
  const max = Math.floor(width / CHAR_WIDTH);
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}
