import type { Claim, Qualifier } from '../dataset/schema';

/** What a bound needs of a claim: its value, its lower end and its qualifier. */
export type Bounded = Pick<Claim, 'value' | 'low' | 'qualifier'>;

/** The part of the value axis a claim speaks about. */
export interface BoundExtent {
  /** Lowest value the claim allows: zero for "up to", the lower end for "between". */
  low: number;
  /** The claimed value (the upper end of a range). */
  high: number;
  /** True when the claim allows more than its value ("more than", "at least"). */
  openAbove: boolean;
}

/** Qualifiers whose true figure lies above the value. */
export const isLowerBound = (q: Qualifier) => q === 'more-than' || q === 'at-least';

export function boundExtent({ value, low, qualifier }: Bounded): BoundExtent {
  switch (qualifier) {
    case 'up-to':
      return { low: 0, high: value, openAbove: false };
    case 'between':
      return { low: low ?? value, high: value, openAbove: false };
    case 'more-than':
    case 'at-least':
      return { low: value, high: value, openAbove: true };
    case 'exact':
    case 'about':
      return { low: value, high: value, openAbove: false };
  }
}

const TICK_STEPS = [1, 2, 2.5, 5, 10];
/** Finer steps for the top of an axis, so that little of the chart stays empty. */
const TOP_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The smallest "round" number (by default 1, 2, 2.5 or 5 times a power of ten) at or above n. */
export function niceCeiling(n: number, steps: readonly number[] = TICK_STEPS): number {
  if (!(n > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  const step = steps.find((s) => s * power >= n * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * The top of a value axis that shows every figure with room above it: open-ended claims need
 * space for their arrow, so the axis never ends exactly at a "more than" value.
 */
export function valueAxisTop(figures: readonly Bounded[]): number {
  const need = figures.map((f) => {
    const { high, openAbove } = boundExtent(f);
    return high * (openAbove ? 1.3 : 1.08);
  });
  return niceCeiling(Math.max(0, ...need), TOP_STEPS);
}

/** Evenly spaced ticks from zero to `top` (which niceCeiling made round), about `count` of them. */
export function valueTicks(top: number, count = 4): number[] {
  const step = niceCeiling(top / count);
  const ticks: number[] = [];
  for (let t = 0; t <= top * (1 + 1e-9); t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}
