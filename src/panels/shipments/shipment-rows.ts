import type { Dataset } from '../../dataset/schema';
import { attribute, claimsOn, lookup } from '../../dataset/lookup';
import { byClaimDate, claimDateText } from '../../dataset/dates';
import { valueAxisTop, valueTicks } from '../../lib/bounds';
import { markRow } from '../../lib/chart-rows';
import { formatClaimDate, formatFigureShort } from '../../lib/format';
import { metricLabel } from '../../lib/metrics';
import { byCode } from '../../lib/order';
import { t } from '../../i18n/messages';
import { wholeDatasetStyles } from '../../lib/series-style';
import type { BarMarkRow } from '../../components/bar-layer';
import { nameText } from '../../i18n/data-lang';

/** What was shipped, each in its own unit: never on one shared axis. */
export const SHIPMENT_METRICS = [
  'munitions-containers',
  'artillery-shells',
  'mortar-shells',
  'mrl-rockets',
  'hwasong-11-missiles',
  'guns-and-launchers',
] as const;

/** Who a group's figures are attributed to, and by which outlets. */
export interface Attribution {
  claimant: string;
  outlets: string[];
}

/** One small multiple: a measure with its own scale and its claims side by side. */
export interface ShipmentGroup {
  metric: string;
  title: string;
  rows: BarMarkRow[];
  valueTop: number;
  valueTicks: number[];
  attributions: Attribution[];
  /**
   * The attributions of a figure that more than one claimant is said to have given on the same
   * day: the same number, sources naming different people. Empty when there is no such conflict.
   */
  conflicting: Attribution[];
}

/** The shipment claims as one small multiple per measure, each claim (each attribution) its own row. */
export function shipmentGroups(dataset: Dataset): ShipmentGroup[] {
  const styles = wholeDatasetStyles(dataset, (whole) =>
    whole.claims
      .filter((c) => (SHIPMENT_METRICS as readonly string[]).includes(c.metric))
      .map((c) => c.claimant),
  );
  const { sources } = lookup(dataset);
  return SHIPMENT_METRICS.flatMap((metric) => {
    const own = [...claimsOn(dataset, metric)].sort(
      (a, b) => byClaimDate(a, b) || byCode(a.id, b.id),
    );
    if (own.length === 0) return [];
    const attributions = new Map<string, Set<string>>();
    // Who is said to have given each figure on each date: one figure, several claimants.
    const givenBy = new Map<string, Set<string>>();
    const rows = own.map((claim): BarMarkRow => {
      const { claimant, source } = attribute(dataset, claim);
      const outlets = [
        source,
        ...(claim.alsoReportedBy ?? []).flatMap((id) => sources.get(id) ?? []),
      ].map((s) => s.publisher);
      const name = nameText(claimant);
      const known = attributions.get(name) ?? new Set<string>();
      outlets.forEach((o) => known.add(o));
      attributions.set(name, known);
      const figure = `${formatFigureShort(claim)} ${claimDateText(claim)}`;
      givenBy.set(figure, (givenBy.get(figure) ?? new Set()).add(name));
      return Object.assign(
        markRow(dataset, claim, styles.get(claim.claimant) ?? { colour: 0, shape: 'circle' }),
        {
          label: name,
          sublabel: t('shipments.sublabel', {
            date: formatClaimDate(claim, 'short'),
            outlets: outlets.join(', '),
          }),
        },
      );
    });
    const top = valueAxisTop(rows);
    return [
      {
        metric,
        title: metricLabel(dataset, metric),
        rows,
        valueTop: top,
        valueTicks: valueTicks(top),
        attributions: [...attributions].map(([claimant, outlets]) => ({
          claimant,
          outlets: [...outlets],
        })),
        conflicting: [...attributions]
          .filter(([claimant]) =>
            [...givenBy.values()].some((names) => names.size > 1 && names.has(claimant)),
          )
          .map(([claimant, outlets]) => ({ claimant, outlets: [...outlets] })),
      },
    ];
  });
}
