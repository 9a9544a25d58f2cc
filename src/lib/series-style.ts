import type { Dataset } from '../dataset/schema';
import { baseDataset } from '../dataset/visible';

/** The shapes a series can take, so that no series is told apart by colour alone. */
export const MARK_SHAPES = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'plus',
  'star',
] as const;
export type MarkShape = (typeof MARK_SHAPES)[number];

/** Colours of the Okabe–Ito palette (without black), as CSS variables that the dark theme retunes. */
export const SERIES_COLOURS = 7;

/** How one series (a claimant, a place) is drawn: a palette slot and a shape. */
export interface SeriesStyle {
  /** Index into the palette: `var(--series-<colour>)`. */
  colour: number;
  shape: MarkShape;
}

/**
 * Gives each id a colour and a shape in the order given. The first seven differ in both; later ones
 * repeat a colour but pair it with another shape, so every pair of series stays distinct.
 */
export function seriesStyles(ids: readonly string[]): Map<string, SeriesStyle> {
  const styles = new Map<string, SeriesStyle>();
  for (const id of ids) {
    if (styles.has(id)) continue;
    const i = styles.size;
    const colour = i % SERIES_COLOURS;
    const shape =
      MARK_SHAPES[(i + Math.floor(i / SERIES_COLOURS)) % MARK_SHAPES.length] ?? 'circle';
    styles.set(id, { colour, shape });
  }
  return styles;
}

/** The CSS colour of a palette slot. */
export const seriesColour = (colour: number) => `var(--series-${colour % SERIES_COLOURS})`;

/**
 * Styles given over the whole dataset a view was filtered from, so a series keeps its colour and
 * shape while "known as of" or confidence hides some of its claims. `ids` lists the series in the
 * order the panel styles them.
 */
export function wholeDatasetStyles(
  dataset: Dataset,
  ids: (whole: Dataset) => readonly string[],
): Map<string, SeriesStyle> {
  return seriesStyles(ids(baseDataset(dataset)));
}
