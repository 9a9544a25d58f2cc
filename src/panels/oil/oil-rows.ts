import type { Claim, Dataset } from '../../dataset/schema';
import { claimsOn } from '../../dataset/lookup';
import { byClaimDate } from '../../dataset/dates';
import { valueAxisTop, valueTicks } from '../../lib/bounds';
import { claimByline, markRow, type MarkRow } from '../../lib/chart-rows';
import { formatDate } from '../../lib/format';
import { t } from '../../i18n/messages';
import { metricLabel } from '../../lib/metrics';
import { byCode } from '../../lib/order';
import { wholeDatasetStyles } from '../../lib/series-style';
import type { BarMarkRow } from '../../components/bar-layer';

export const OIL_METRIC = 'oil-barrels';
export const CAP_METRIC = 'oil-cap-barrels-per-year';
export const RATIO_METRIC = 'oil-cap-multiple';
export const VISITS_METRIC = 'tanker-visits';
/** The caps beside the one on refined oil: on crude oil, and the one Resolution 2397 cut. */
export const OTHER_CAP_METRICS = [
  'oil-cap-crude-barrels-per-year',
  'oil-cap-earlier-barrels-per-year',
] as const;

export interface OilView {
  /** Oil delivered, then the UN cap: barrels on one scale. */
  bars: BarMarkRow[];
  /** The cap, for the rules at one and two times it; undefined when no cap claim is visible. */
  cap: number | undefined;
  /** "Twice the cap" and the derived ratio: claims in words beside the bars. */
  ratios: MarkRow[];
  /** Tanker visits over the same months. */
  visits: MarkRow[];
  /** The other caps, for context: claims in words. */
  otherCaps: MarkRow[];
  valueTop: number;
  valueTicks: number[];
}

/** "Mar 2024 to Nov 2024", "since Mar 2024": a period short enough for a chart label. */
function shortPeriod(claim: Claim): string | undefined {
  const { from, to } = claim.period ?? {};
  const d = (date: string) => formatDate(date, 'short');
  if (from && to) return t('period.range', { from: d(from), to: d(to) });
  if (from) return t('period.since', { date: d(from) });
  return to && t('period.until', { date: d(to) });
}

const byDate = (a: Claim, b: Claim) => byClaimDate(a, b) || byCode(a.id, b.id);

/** The oil claims: deliveries against the UN cap, with the ratio claims and tanker visits beside them. */
export function oilView(dataset: Dataset): OilView {
  const of = (metric: string) => [...claimsOn(dataset, metric)].sort(byDate);
  const deliveries = of(OIL_METRIC);
  const caps = of(CAP_METRIC);
  const styles = wholeDatasetStyles(dataset, (whole) =>
    [OIL_METRIC, CAP_METRIC]
      .flatMap((metric) => [...claimsOn(whole, metric)].sort(byDate))
      .map((c) => c.claimant),
  );
  const style = (c: Claim) => styles.get(c.claimant) ?? { colour: 0, shape: 'circle' as const };
  const bar = (claim: Claim, label: string): BarMarkRow =>
    Object.assign(markRow(dataset, claim, style(claim)), {
      label,
      sublabel: claimByline(dataset, claim),
    });
  const bars = [
    ...deliveries.map((c) =>
      bar(c, [t('oil.delivered'), shortPeriod(c)].filter(Boolean).join(', ')),
    ),
    ...caps.map((c) => bar(c, metricLabel(dataset, c.metric))),
  ];
  const neutral = { colour: 0, shape: 'circle' as const };
  const top = valueAxisTop(bars);
  return {
    bars,
    cap: caps[0]?.value,
    ratios: of(RATIO_METRIC).map((c) => markRow(dataset, c, neutral)),
    visits: of(VISITS_METRIC).map((c) => markRow(dataset, c, neutral)),
    otherCaps: OTHER_CAP_METRICS.flatMap(of).map((c) => markRow(dataset, c, neutral)),
    valueTop: top,
    valueTicks: valueTicks(top),
  };
}

/** Every mark of the panel, bars first, then the claims beside them. */
export const oilMarks = (view: OilView): MarkRow[] => [
  ...view.bars,
  ...view.ratios,
  ...view.visits,
  ...view.otherCaps,
];

/** Every claim of the panel, bars first. */
export const oilClaimIds = (view: OilView) => oilMarks(view).map((r) => r.claimId);
