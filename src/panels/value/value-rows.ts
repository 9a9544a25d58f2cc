import type { Claim, Dataset } from '../../dataset/schema';
import { byClaimDate } from '../../dataset/dates';
import { valueAxisTop, valueTicks } from '../../lib/bounds';
import { claimByline, markRow } from '../../lib/chart-rows';
import { formatPeriod } from '../../lib/format';
import { metricLabel } from '../../lib/metrics';
import { wholeDatasetStyles } from '../../lib/series-style';
import type { BarMarkRow } from '../../components/bar-layer';

/**
 * Value of arms delivered (the studies' range and ceiling), money earned (the report's "up to"),
 * and what Russia paid back directly.
 */
export const VALUE_METRICS = [
  'arms-deliveries-usd',
  'arms-and-troops-usd',
  'arms-earnings-usd',
  'russian-compensation-usd',
] as const;

export interface ValueView {
  rows: BarMarkRow[];
  valueTop: number;
  valueTicks: number[];
}

const rank = (c: Claim) => (VALUE_METRICS as readonly string[]).indexOf(c.metric);

/** Each value claim as its own bar: the range stays a range, the "up to" stays open toward zero. */
export function valueView(dataset: Dataset): ValueView {
  const claims = dataset.claims
    .filter((c) => rank(c) >= 0)
    .sort((a, b) => rank(a) - rank(b) || byClaimDate(a, b));
  const styles = wholeDatasetStyles(dataset, (whole) =>
    whole.claims
      .filter((c) => rank(c) >= 0)
      .sort((a, b) => rank(a) - rank(b) || byClaimDate(a, b))
      .map((c) => c.claimant),
  );
  const rows = claims.map((claim): BarMarkRow => {
    const period = formatPeriod(claim.period);
    return Object.assign(
      markRow(dataset, claim, styles.get(claim.claimant) ?? { colour: 0, shape: 'circle' }),
      {
        label: [metricLabel(dataset, claim.metric), period].filter(Boolean).join(', '),
        sublabel: claimByline(dataset, claim),
      },
    );
  });
  const top = valueAxisTop(rows);
  return { rows, valueTop: top, valueTicks: valueTicks(top) };
}
