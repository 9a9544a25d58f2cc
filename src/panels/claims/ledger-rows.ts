import type { Confidence, Dataset } from '../../dataset/schema';
import { attribute, type AttributedClaim } from '../../dataset/lookup';
import { claimDateKey } from '../../dataset/dates';
import { formatFigure, formatPeriod } from '../../lib/format';
import { metricLabel } from '../../lib/metrics';
import { byCode } from '../../lib/order';
import type { LedgerFilters, LedgerSort } from '../../store';

/** One row of the ledger: a claim with everything needed to check it. */
export interface LedgerRow extends AttributedClaim {
  id: string;
  /** The measure, in words. */
  what: string;
}

/**
 * The words of a row: its figure and the span it covers. Written for the rows on screen and for
 * search, not for every claim of a large dataset up front.
 */
export function ledgerText(row: LedgerRow): { words: string; period: string | undefined } {
  return { words: formatFigure(row.claim), period: formatPeriod(row.claim.period) };
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
const collator = new Intl.Collator('en');

function matches(row: LedgerRow, needle: string): boolean {
  if (needle === '') return true;
  const { claim, claimant, source, place } = row;
  const { words, period } = ledgerText(row);
  const haystack = [
    row.what,
    words,
    period,
    claimant.name,
    source.publisher,
    source.title,
    claim.note,
    claim.derived,
    claim.retracted?.reason,
    claim.id,
    place?.name,
  ];
  return haystack.some((text) => text?.toLowerCase().includes(needle));
}

type Order = (a: LedgerRow, b: LedgerRow) => number;

/** The order of each sortable column, ascending. */
const ORDERS: Record<LedgerSort['key'], Order> = {
  metric: (a, b) => collator.compare(a.what, b.what),
  value: (a, b) => a.claim.value - b.claim.value,
  claimant: (a, b) => collator.compare(a.claimant.name, b.claimant.name),
  confidence: (a, b) => CONFIDENCE_RANK[a.claim.confidence] - CONFIDENCE_RANK[b.claim.confidence],
  claimedOn: (a, b) => byCode(claimDateKey(a.claim), claimDateKey(b.claim)),
};

function comparator(sort: LedgerSort): Order {
  const order = ORDERS[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Ties keep a stable, readable order: newest first, then by id.
  return (a, b) =>
    sign * order(a, b) ||
    byCode(claimDateKey(b.claim), claimDateKey(a.claim)) ||
    byCode(a.id, b.id);
}

/** Every claim of the dataset as ledger rows, filtered and sorted as the researcher asked. */
export function ledgerRows(
  dataset: Dataset,
  filters: LedgerFilters,
  sort: LedgerSort,
): LedgerRow[] {
  const needle = filters.search.trim().toLowerCase();
  return dataset.claims
    .filter(
      (c) =>
        (filters.metric === null || c.metric === filters.metric) &&
        (filters.claimant === null || c.claimant === filters.claimant),
    )
    .map((claim): LedgerRow => {
      const { claimant, source, place } = attribute(dataset, claim);
      return {
        claim,
        claimant,
        source,
        place,
        id: claim.id,
        what: metricLabel(claim.metric),
      };
    })
    .filter((row) => matches(row, needle))
    .sort(comparator(sort));
}

/** The choices offered by the ledger's filters: only what the dataset holds, by name. */
export function ledgerFilterOptions(dataset: Dataset) {
  const metrics = [...new Set(dataset.claims.map((c) => c.metric))]
    .map((id) => ({ id, label: metricLabel(id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const used = new Set(dataset.claims.map((c) => c.claimant));
  const claimants = dataset.claimants
    .filter((c) => used.has(c.id))
    .map((c) => ({ id: c.id, label: c.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return { metrics, claimants };
}
