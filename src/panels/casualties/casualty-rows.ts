import type { Claim, Dataset } from '../../dataset/schema';
import { claimsOn, perDataset } from '../../dataset/lookup';
import { byCode } from '../../lib/order';
import { valueAxisTop, valueTicks } from '../../lib/bounds';
import { markRow } from '../../lib/chart-rows';
import { dodgeSlots } from '../../lib/dodge';
import { seriesStyles, type SeriesStyle } from '../../lib/series-style';
import { dateToTime, monthTicks } from '../../lib/time-scale';
import type { TimeMarkRow } from '../../components/point-layer';

/** The measures the panel switches between, in the order offered. */
export const CASUALTY_METRICS = [
  'troops-deployed',
  'troops-in-kursk',
  'killed',
  'injured',
  'killed-or-wounded',
] as const;
export type CasualtyMetric = (typeof CASUALTY_METRICS)[number];

export const isCasualtyMetric = (metric: string): metric is CasualtyMetric =>
  (CASUALTY_METRICS as readonly string[]).includes(metric);

/** The span the panel covers unless claims fall outside it. */
const WINDOW = { from: '2024-10-01', to: '2025-09-30' };
/** Claims this many days apart or closer are drawn side by side. */
const DODGE_DAYS = 8;

const byDateThenClaimant = (a: Claim, b: Claim) =>
  byCode(a.claimedOn, b.claimedOn) || byCode(a.claimant, b.claimant);

/** Each measure's claims in date order, sorted once per dataset. */
const casualtyClaims = perDataset(
  (dataset) =>
    new Map(
      CASUALTY_METRICS.map((metric) => [
        metric,
        [...claimsOn(dataset, metric)].sort(byDateThenClaimant),
      ]),
    ),
);

/**
 * One style per claimant across all the measures, so a claimant keeps its colour and shape when
 * the reader switches measure. Claimants are styled in order of their first claim.
 */
export const casualtySeries = perDataset((dataset): ReadonlyMap<string, SeriesStyle> => {
  // Each claimant's first claim on any measure, by date then claimant: the order of first
  // appearance in all the measures' claims sorted together, without sorting them together.
  const first = new Map<string, Claim>();
  for (const sorted of casualtyClaims(dataset).values())
    for (const claim of sorted) {
      const known = first.get(claim.claimant);
      if (known === undefined || byDateThenClaimant(claim, known) < 0)
        first.set(claim.claimant, claim);
    }
  return seriesStyles([...first.values()].sort(byDateThenClaimant).map((c) => c.claimant));
});

/** The claims on one measure as marks at the date each was made, close dates dodged apart. */
export function casualtyRows(dataset: Dataset, metric: CasualtyMetric): TimeMarkRow[] {
  const styles = casualtySeries(dataset);
  const claims = casualtyClaims(dataset).get(metric) ?? [];
  const slots = dodgeSlots(claims, (c) => c.claimedOn, DODGE_DAYS);
  return claims.map((claim, i) =>
    Object.assign(
      markRow(dataset, claim, styles.get(claim.claimant) ?? { colour: 0, shape: 'circle' }),
      {
        time: dateToTime(claim.claimedOn),
        slot: slots[i]?.slot ?? 0,
        slots: slots[i]?.slots ?? 1,
      },
    ),
  );
}

/** The axes: October 2024 to September 2025 (wider if a claim falls outside), zero to a round top. */
export function casualtyAxes(dataset: Dataset, claims: readonly Claim[]) {
  let first = WINDOW.from;
  let last = WINDOW.to;
  for (const sorted of casualtyClaims(dataset).values()) {
    const earliest = sorted[0]?.claimedOn;
    const latest = sorted.at(-1)?.claimedOn;
    if (earliest !== undefined && earliest < first) first = earliest;
    if (latest !== undefined && latest > last) last = latest;
  }
  const from = dateToTime(first);
  // A little room at both ends, so dodged marks at the edges stay inside the plot.
  const pad = 12 * 86_400_000;
  const timeDomain: [number, number] = [from - pad, dateToTime(last) + pad];
  const top = valueAxisTop(claims);
  return {
    timeDomain,
    timeTicks: monthTicks(from, timeDomain[1], 3),
    valueTop: top,
    valueTicks: valueTicks(top),
  };
}
