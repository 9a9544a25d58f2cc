import { baseDataset } from '../../dataset/visible';
import type { Claim, Dataset } from '../../dataset/schema';
import { claimsOn, perDataset } from '../../dataset/lookup';
import { byClaimDate, claimDate } from '../../dataset/dates';
import { byCode } from '../../lib/order';
import { valueAxisTop, valueTicks } from '../../lib/bounds';
import { markRow } from '../../lib/chart-rows';
import { dodgeSlots } from '../../lib/dodge';
import { seriesStyles, type SeriesStyle } from '../../lib/series-style';
import {
  DAY,
  MONTH,
  calendarStart,
  dateToTime,
  endOfDay,
  monthTicks,
  placeDate,
  timeToDate,
  type TimePlacement,
} from '../../lib/time-scale';
import type { TimeMarkRow } from '../../components/point-layer';

interface CasualtyMeasureSpec {
  label: string;
  /** What the value axis counts. */
  unit: string;
  /** The dataset's metrics the measure draws together; each claim's unit says which it is. */
  metrics: readonly string[];
}

/** The measures the panel switches between, in the order offered, and the metrics each draws. */
export const CASUALTY_MEASURES = {
  'troops-deployed': { label: 'Troops deployed', unit: 'Troops', metrics: ['troops-deployed'] },
  'troops-in-kursk': {
    label: 'Troops in Kursk Oblast',
    unit: 'Troops',
    metrics: ['troops-in-kursk'],
  },
  reinforcements: {
    label: 'Planned and expected',
    unit: 'Troops',
    metrics: ['troops-planned', 'troops-reinforcement'],
  },
  killed: { label: 'Killed', unit: 'Killed', metrics: ['killed'] },
  injured: { label: 'Injured', unit: 'Injured', metrics: ['injured'] },
  'killed-or-wounded': {
    label: 'Killed or wounded',
    unit: 'Killed or wounded',
    metrics: ['killed-or-wounded'],
  },
  workers: {
    label: 'Workers and deminers',
    unit: 'People',
    metrics: ['deminers', 'military-builders', 'labourers'],
  },
} as const satisfies Record<string, CasualtyMeasureSpec>;

export type CasualtyMeasure = keyof typeof CASUALTY_MEASURES;
/** The switch's choice that draws every measure side by side (`?measure=all`). */
export const ALL_MEASURES = 'all';
export const CASUALTY_MEASURE_IDS = Object.keys(CASUALTY_MEASURES) as CasualtyMeasure[];

const MEASURE_OF_METRIC = new Map<string, CasualtyMeasure>(
  CASUALTY_MEASURE_IDS.flatMap((measure) =>
    CASUALTY_MEASURES[measure].metrics.map((metric) => [metric, measure] as const),
  ),
);

/** The measure that draws a metric's claims, if the panel draws them. */
export const casualtyMeasureOf = (metric: string): CasualtyMeasure | undefined =>
  MEASURE_OF_METRIC.get(metric);

/** The span the panel covers unless claims fall outside it. */
const WINDOW = { from: '2024-10-01', to: '2025-09-30' };
/** Claims this many days apart or closer are drawn side by side. */
const DODGE_DAYS = 8;

const byDateThenClaimant = (a: Claim, b: Claim) =>
  byClaimDate(a, b) || byCode(a.claimant, b.claimant);

/** Where a claim stands on the time axis: at the date it was made, across it if a month or a year. */
const placement = (claim: Claim) => {
  const { date, bound } = claimDate(claim);
  return placeDate(date, bound);
};

/** Each measure's claims in date order, sorted once per dataset when the measure is first shown. */
const sortedByDate = perDataset(() => new Map<CasualtyMeasure, Claim[]>());

function claimsByDate(dataset: Dataset, measure: CasualtyMeasure): Claim[] {
  const sorted = sortedByDate(dataset);
  let claims = sorted.get(measure);
  if (claims === undefined)
    sorted.set(
      measure,
      (claims = CASUALTY_MEASURES[measure].metrics
        .flatMap((metric) => claimsOn(dataset, metric))
        .sort(byDateThenClaimant)),
    );
  return claims;
}

/**
 * One style per claimant across all the measures, so a claimant keeps its colour and shape when
 * the reader switches measure. Claimants are styled in order of their first claim, by date then
 * claimant, found in one pass over the measures' claims.
 */
export const casualtySeries = perDataset((dataset): ReadonlyMap<string, SeriesStyle> => {
  const first = new Map<string, Claim>();
  for (const measure of CASUALTY_MEASURE_IDS)
    for (const claim of claimsByDate(dataset, measure)) {
      const known = first.get(claim.claimant);
      if (known === undefined || byDateThenClaimant(claim, known) < 0)
        first.set(claim.claimant, claim);
    }
  return seriesStyles([...first.values()].sort(byDateThenClaimant).map((c) => c.claimant));
});

/** The claims on one measure as marks at the date each was made, close dates dodged apart. */
export function casualtyRows(dataset: Dataset, measure: CasualtyMeasure): TimeMarkRow[] {
  // Styled from the whole dataset, so a claimant keeps its colour as the view hides claims.
  const styles = casualtySeries(baseDataset(dataset));
  const claims = claimsByDate(dataset, measure);
  const placed = claims.map(placement);
  const slots = dodgeSlots(placed, (p) => timeToDate(p.time), DODGE_DAYS);
  return claims.map((claim, i) =>
    Object.assign(
      markRow(dataset, claim, styles.get(claim.claimant) ?? { colour: 0, shape: 'circle' }),
      placed[i]!,
      { slot: slots[i]?.slot ?? 0, slots: slots[i]?.slots ?? 1 },
    ),
  );
}

/** Months the time axis spans at the least, so a measure of few claims is not squeezed into a point. */
const MIN_MONTHS = 4;
/**
 * The axes of one measure: its own claims' dates (at least MIN_MONTHS, the panel's window when it
 * has none), ending at the "known as of" date when one is set; zero to a round top.
 */
export function casualtyAxes(
  rows: readonly TimePlacement[],
  claims: readonly Claim[],
  asOf: string | null = null,
) {
  let from = Infinity;
  let to = -Infinity;
  for (const { time, span } of rows) {
    from = Math.min(from, span?.[0] ?? time);
    to = Math.max(to, span?.[1] ?? time);
  }
  const end = asOf === null ? null : endOfDay(asOf);
  if (end !== null) {
    to = end;
    from = Math.min(from, end);
  } else if (!Number.isFinite(from)) {
    from = dateToTime(WINDOW.from);
    to = dateToTime(WINDOW.to);
  }
  const short = MIN_MONTHS * MONTH - (to - from);
  if (short > 0) {
    // Widen about the middle, or back from the as-of date, which stays the end.
    const before = end === null ? short / 2 : short;
    from -= before;
    to += short - before;
  }
  // A little room at both ends, so dodged marks at the edges stay inside the plot.
  const pad = 12 * DAY;
  const timeDomain: [number, number] = [from - pad, to + pad];
  const months = (to - from) / MONTH;
  const step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 40 ? 3 : 6;
  const top = valueAxisTop(claims);
  return {
    timeDomain,
    timeTicks: monthTicks(calendarStart(timeDomain[0], step), timeDomain[1], step).filter(
      (t) => t >= timeDomain[0],
    ),
    valueTop: top,
    valueTicks: valueTicks(top),
  };
}
