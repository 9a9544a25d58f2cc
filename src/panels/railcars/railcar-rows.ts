import type { Claim, Dataset, DatasetEvent } from '../../dataset/schema';
import { claimsByIds, claimsOn, lookup } from '../../dataset/lookup';
import { claimDateText, dateSpan } from '../../dataset/dates';
import { byCode } from '../../lib/order';
import { valueAxisTop, valueTicks } from '../../lib/bounds';
import { markRow, type MarkRow } from '../../lib/chart-rows';
import { dodgeSlots } from '../../lib/dodge';
import { wholeDatasetStyles } from '../../lib/series-style';
import { formatPeriod } from '../../lib/format';
import {
  DAY,
  MONTH,
  calendarStart,
  dateToTime,
  daysBetween,
  endOfDay,
  monthTicks,
  type TimePlacement,
} from '../../lib/time-scale';
import type { TimeMarkRow } from '../../components/point-layer';
import { nameText } from '../../i18n/data-lang';

export const RAILCAR_METRIC = 'railcars';
export const MULTIPLE_METRIC = 'railcar-traffic-multiple';
export const SUMMIT_EVENT = 'summit';

/** A claim about a span of time, drawn across it: the baseline, the WSJ's growth. */
export interface SpanRow extends MarkRow {
  from: number;
  to: number;
  /** The span in words: "2018 to September 2023". */
  periodText: string;
}

export interface RailcarView {
  /** Counts on one day of imagery, each at the date of its imagery. */
  observations: TimeMarkRow[];
  /** Counts over a span of years: the pre-summit baseline. */
  baselines: SpanRow[];
  /** Claims of growth (a multiple), not counts: drawn beside the counts, on no value axis. */
  multiples: SpanRow[];
  summit: DatasetEvent | undefined;
  /** The claims each derived count was summed from: ore, box, tank cars. */
  breakdown: ReadonlyMap<string, Claim[]>;
}

/** The day the imagery was taken: the end of the period a count covers (not the day it was published). */
export function imageryDate(claim: Claim): string | undefined {
  return claim.period?.to ?? claim.period?.from;
}

/** Imagery of a few days is one observation; a baseline covers years. */
const OBSERVATION_DAYS = 31;

/** A count on the imagery of a day or a few days, not over a span of years. */
export const isObservation = (c: Claim) =>
  c.period?.from !== undefined && c.period.to !== undefined && !isSpan(c);

const isSpan = (c: Claim) =>
  c.period?.from !== undefined &&
  c.period.to !== undefined &&
  daysBetween(dateSpan(c.period.from).start, dateSpan(c.period.to).end) > OBSERVATION_DAYS;

/** Where an observation stands: its day of imagery, or across the days its imagery spans. */
function observed(claim: Claim): TimePlacement {
  const { from, to } = claim.period ?? {};
  if (from === undefined || to === undefined || from === to)
    return { time: dateToTime(imageryDate(claim) ?? claimDateText(claim)) };
  const start = dateToTime(dateSpan(from).start);
  const end = endOfDay(dateSpan(to).end);
  return { time: start + (end - start) / 2, span: [start, end] };
}

/** The railcar counts at the Tumangang–Khasan crossing, placed by imagery date, and the claims around them. */
export function railcarView(dataset: Dataset): RailcarView {
  const counts = claimsOn(dataset, RAILCAR_METRIC);
  const multiples = claimsOn(dataset, MULTIPLE_METRIC);
  const styles = wholeDatasetStyles(dataset, (whole) => [
    ...claimsOn(whole, RAILCAR_METRIC).map((c) => c.place ?? c.claimant),
    ...claimsOn(whole, MULTIPLE_METRIC).map((c) => c.claimant),
  ]);
  const { places } = lookup(dataset);
  const placeName = (c: Claim) => {
    const place = c.place === undefined ? undefined : places.get(c.place);
    return place && nameText(place);
  };
  const style = (key: string) => styles.get(key) ?? { colour: 0, shape: 'circle' as const };

  const dated = counts
    .filter((c) => !isSpan(c) && imageryDate(c) !== undefined)
    .sort((a, b) => byCode(imageryDate(a) ?? '', imageryDate(b) ?? ''));
  const slots = dodgeSlots(dated, (c) => imageryDate(c) ?? claimDateText(c), 30);
  const observations = dated.map((claim, i) =>
    Object.assign(
      markRow(dataset, claim, style(claim.place ?? claim.claimant), placeName(claim)),
      observed(claim),
      { slot: slots[i]?.slot ?? 0, slots: slots[i]?.slots ?? 1 },
    ),
  );

  const span = (claim: Claim, key: string, label?: string): SpanRow =>
    Object.assign(markRow(dataset, claim, style(key), label), {
      from: dateToTime(claim.period?.from ?? claimDateText(claim), 'start'),
      to: dateToTime(claim.period?.to ?? claimDateText(claim), 'end'),
      periodText: formatPeriod(claim.period) ?? '',
    });
  const breakdown = new Map(
    counts.flatMap((c) =>
      c.derivedFrom === undefined
        ? []
        : [[c.id, claimsByIds(dataset, [...new Set(c.derivedFrom)])] as const],
    ),
  );
  return {
    observations,
    baselines: counts.filter(isSpan).map((c) => span(c, c.place ?? c.claimant, placeName(c))),
    multiples: multiples.map((c) => span(c, c.claimant)),
    summit: dataset.events.find((e) => e.id === SUMMIT_EVENT),
    breakdown,
  };
}

/** Months the railcar axis spans at the least. */
const MIN_MONTHS = 6;

/**
 * The axes of the panel: its dated counts and growth claims, with a little room on each side,
 * ending at the "known as of" date when one is set. The baseline, which runs over the years
 * before the summit, is not let widen it: it is drawn from the axis's left edge and says its
 * period in words. Only a view of baselines alone runs over their years.
 */
export function railcarAxes(view: RailcarView, asOf: string | null = null) {
  const dated = [
    ...view.observations.flatMap((r) => r.span ?? [r.time]),
    ...view.multiples.flatMap((r) => [r.from, r.to]),
  ];
  const times = dated.length > 0 ? dated : view.baselines.flatMap((r) => [r.from, r.to]);
  let from = Math.min(...times);
  let to = Math.max(...times);
  const end = asOf === null ? null : endOfDay(asOf);
  if (end !== null) {
    to = end;
    from = Math.min(from, end - DAY);
  }
  const short = MIN_MONTHS * MONTH - (to - from);
  if (short > 0) {
    const before = end === null ? short / 2 : short;
    from -= before;
    to += short - before;
  }
  const pad = 1.5 * MONTH;
  const timeDomain: [number, number] = [from - pad, end ?? to + pad];
  const months = (timeDomain[1] - timeDomain[0]) / MONTH;
  const step = months <= 18 ? 3 : months <= 48 ? 6 : 12;
  const top = valueAxisTop([...view.observations, ...view.baselines]);
  return {
    timeDomain,
    timeTicks: monthTicks(calendarStart(timeDomain[0], step), timeDomain[1], step).filter(
      (t) => t >= timeDomain[0],
    ),
    yearsOnly: step === 12,
    valueTop: top,
    valueTicks: valueTicks(top),
  };
}

/** Every mark the panel draws, in reading order: the baseline, the counts, the growth. */
export const railcarMarks = (view: RailcarView): MarkRow[] => [
  ...view.baselines,
  ...view.observations,
  ...view.multiples,
];

/** Every claim the panel draws or lists, in reading order. */
export const railcarClaimIds = (view: RailcarView): string[] =>
  railcarMarks(view).map((r) => r.claimId);
