import type { Confidence, Qualifier } from '../dataset/schema';
import type { SeriesStyle } from './series-style';

/** More marks than a chart can draw legibly; beyond it, marks that would overlap are drawn once. */
export const MAX_MARKS = 1_000;

/** More bars than a reader can compare, at a line of text and a bar each. */
export const MAX_BARS = 40;

/** The first `max` bars in the order given, and any beyond them that must be kept (the selection). */
export function firstBars<T extends { claimId: string }>(
  rows: readonly T[],
  keep: (claimId: string) => boolean = () => false,
  max = MAX_BARS,
): T[] {
  if (rows.length <= max) return [...rows];
  return rows.filter((row, i) => i < max || keep(row.claimId));
}

/** The grid overlapping marks are found on: about 3 px across a 600 px chart, 5 px up a 300 px one. */
const COLUMNS = 200;
const ROWS = 60;

/** What decides where a mark is drawn and how it looks. */
interface Placed {
  claimId: string;
  time: number;
  value: number;
  low: number | undefined;
  qualifier: Qualifier;
  confidence: Confidence;
  derived: boolean;
  series: SeriesStyle;
  slot?: number;
}

export interface Thinned<T> {
  /** The marks to draw, in the order given. */
  drawn: T[];
  /** How many marks were asked for. */
  total: number;
  /** 1, or n when only one in n of the marks left after removing overlaps is drawn. */
  step: number;
}

/**
 * Chooses the marks a dense time chart draws. Up to `max`, every mark. Beyond it, marks that
 * would look the same in the same place (the same cell of a fine grid, for the value and for a
 * range's lower end, and the same qualifier, series, confidence and outline) are drawn once; if
 * that still leaves more than `max`, one in every n of the rest is drawn, in the order given (by
 * date), which keeps the spread of the claims over time and value as it is. Nothing is moved,
 * merged or averaged. Marks for which `keep` is true (the selection) are drawn as well, without
 * changing which others are. The grid is in data units, not pixels, so the page's first HTML
 * and the live chart agree.
 */
export function thinTimeMarks<T extends Placed>(
  rows: readonly T[],
  timeDomain: readonly [number, number],
  valueTop: number,
  keep: (claimId: string) => boolean = () => false,
  max = MAX_MARKS,
): Thinned<T> {
  if (rows.length <= max) return { drawn: [...rows], total: rows.length, step: 1 };
  const [t0, t1] = timeDomain;
  const span = t1 - t0 || 1;
  const top = valueTop || 1;
  const band = (value: number) => Math.min(ROWS - 1, Math.floor((value / top) * ROWS));
  const seen = new Set<string>();
  const distinct = rows.filter((row) => {
    const column = Math.min(COLUMNS - 1, Math.floor(((row.time - t0) / span) * COLUMNS));
    const look = `${row.qualifier}:${row.series.colour}:${row.series.shape}:${row.confidence}:${row.derived}`;
    const cell = `${column}:${row.slot ?? 0}:${band(row.value)}:${row.low === undefined ? '' : band(row.low)}:${look}`;
    if (seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
  const step = distinct.length <= max ? 1 : Math.ceil(distinct.length / max);
  const chosen = new Set(step === 1 ? distinct : distinct.filter((_, i) => i % step === 0));
  const drawn = rows.filter((row) => chosen.has(row) || keep(row.claimId));
  return { drawn, total: rows.length, step };
}
