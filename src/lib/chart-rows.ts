import type { Claim, Confidence, Dataset, Qualifier } from '../dataset/schema';
import { attribute, lookup } from '../dataset/lookup';
import { sourceCreditText } from '../dataset/source-credit';
import { describeClaim, formatClaimDate, formatFigureShort } from './format';
import type { SeriesStyle } from './series-style';
import { t } from '../i18n/messages';
import { nameText } from '../i18n/data-lang';

/** What every chart mark needs to draw one claim: its figure, how sure, how it looks, its words. */
export interface MarkRow {
  /** The claim drawn; `value` and `low` are always that claim's own. */
  readonly claimId: string;
  readonly value: number;
  readonly low: number | undefined;
  readonly qualifier: Qualifier;
  readonly confidence: Confidence;
  /** Computed from other claims: drawn with a dashed outline and said so. */
  readonly derived: boolean;
  /** The claim comes from the report the dashboard is built around. */
  readonly inReport: boolean;
  /** Withdrawn by its claimant or outlet: drawn hollow and struck through, when drawn at all. */
  readonly retracted: boolean;
  readonly series: SeriesStyle;
  /** Who the series is: the claimant's name, or a place for the railcar counts. */
  readonly seriesLabel: string;
  /** "≈12,000", ">100": for labels on marks. */
  readonly short: string;
  /** The claim as a sentence with claimant and date, for screen readers and descriptions. */
  readonly sentence: string;
}

/**
 * The common part of a mark row, from a claim of the dataset. Its words are written when first
 * read: a chart of thousands of claims draws and describes only some of them.
 */
export function markRow(
  dataset: Dataset,
  claim: Claim,
  series: SeriesStyle,
  seriesLabel?: string,
): MarkRow {
  const claimant = lookup(dataset).claimants.get(claim.claimant);
  if (claimant === undefined)
    throw new Error(`claim ${claim.id} refers to a claimant that is not in the dataset`);
  const derived = claim.derived !== undefined;
  let short: string | undefined;
  let sentence: string | undefined;
  return {
    claimId: claim.id,
    value: claim.value,
    low: claim.qualifier === 'between' ? claim.low : undefined,
    qualifier: claim.qualifier,
    confidence: claim.confidence,
    derived,
    inReport: dataset.report !== undefined && claim.source === dataset.report,
    retracted: claim.retracted !== undefined,
    series,
    seriesLabel: seriesLabel ?? nameText(claimant),
    get short() {
      return (short ??= formatFigureShort(claim));
    },
    get sentence() {
      if (sentence !== undefined) return sentence;
      sentence = describeClaim(claim, nameText(claimant));
      if (derived) sentence = t('claim.derivedMark', { sentence });
      if (claim.retracted)
        sentence = t('claim.withdrawnMark', { sentence, reason: claim.retracted.reason });
      return sentence;
    },
  };
}

/** The series a chart's rows use, each once, in order of first appearance: for the key. */
export function seriesKey(rows: readonly MarkRow[]): { label: string; style: SeriesStyle }[] {
  const seen = new Map<string, { label: string; style: SeriesStyle }>();
  for (const row of rows)
    if (!seen.has(row.seriesLabel))
      seen.set(row.seriesLabel, { label: row.seriesLabel, style: row.series });
  return [...seen.values()];
}

/** A claimant's name without its affiliation in brackets: "Olena Guseinova", for short labels. */
export const shortName = (name: string) => name.replace(/\s*\([^()]*\)$/, '');

/**
 * Who made a claim, when, and where it was reported, for the line under a bar:
 * "Open Source Centre, 22 Nov 2024", "Olena Guseinova, 2025 (Friedrich Naumann Foundation …)".
 */
export function claimByline(dataset: Dataset, claim: Claim): string {
  const { claimant, source } = attribute(dataset, claim);
  const who = `${shortName(nameText(claimant))}, ${formatClaimDate(claim, 'short')}`;
  return claimant.name === source.publisher ? who : `${who} (${sourceCreditText(dataset, source)})`;
}
