import type { Qualifier } from '../dataset/schema';

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

interface Placed {
  claimId: string;
  time: number;
  value: number;
  qualifier: Qualifier;
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
 * would lie on top of one another (the same qualifier in the same cell of a fine grid) are drawn
 * once; if that still leaves more than `max`, one in every n of the rest is drawn, in the order
 * given (by date), which keeps the spread of the claims over time and value as it is. Nothing is
 * moved, merged or averaged. Marks for which `keep` is true (the selection) are always drawn.
 * The grid is in data units, not pixels, so the page's first HTML and the live chart agree.
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
  const seen = new Set<string>();
  const distinct = rows.filter((row) => {
    const column = Math.min(COLUMNS - 1, Math.floor(((row.time - t0) / span) * COLUMNS));
    const band = Math.min(ROWS - 1, Math.floor((row.value / top) * ROWS));
    const cell = `${column}:${band}:${row.qualifier}`;
    if (keep(row.claimId)) return true;
    if (seen.has(cell)) return false;
    seen.add(cell);
    return true;
  });
  if (distinct.length <= max) return { drawn: distinct, total: rows.length, step: 1 };
  const step = Math.ceil(distinct.length / max);
  const drawn = distinct.filter((row, i) => i % step === 0 || keep(row.claimId));
  return { drawn, total: rows.length, step };
}
