import type { Confidence, Dataset } from '../../dataset/schema';
import { attribute, type AttributedClaim } from '../../dataset/lookup';
import { formatFigure, formatPeriod } from '../../lib/format';
import { metricLabel } from '../../lib/metrics';
import type { LedgerFilters, LedgerSort } from '../../store';

/** One row of the ledger: a claim in words with everything needed to check it. */
export interface LedgerRow extends AttributedClaim {
  id: string;
  what: string;
  words: string;
  period: string | undefined;
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
const collator = new Intl.Collator('en');
/** ISO dates and ids order correctly as plain strings, much faster than a collator. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function matches(row: LedgerRow, needle: string): boolean {
  if (needle === '') return true;
  const { claim, claimant, source, place } = row;
  const haystack = [
    row.what,
    row.words,
    row.period,
    claimant.name,
    source.publisher,
    source.title,
    claim.note,
    claim.derived,
    claim.id,
    place?.name,
  ];
  return haystack.some((text) => text?.toLowerCase().includes(needle));
}

function compare(a: LedgerRow, b: LedgerRow, sort: LedgerSort): number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  let order: number;
  switch (sort.key) {
    case 'metric':
      order = collator.compare(a.what, b.what);
      break;
    case 'value':
      order = a.claim.value - b.claim.value;
      break;
    case 'claimant':
      order = collator.compare(a.claimant.name, b.claimant.name);
      break;
    case 'confidence':
      order = CONFIDENCE_RANK[a.claim.confidence] - CONFIDENCE_RANK[b.claim.confidence];
      break;
    case 'claimedOn':
      order = byCode(a.claim.claimedOn, b.claim.claimedOn);
      break;
  }
  // Ties keep a stable, readable order: newest first, then by id.
  return sign * order || byCode(b.claim.claimedOn, a.claim.claimedOn) || byCode(a.id, b.id);
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
    .map((claim) => ({
      ...attribute(dataset, claim),
      id: claim.id,
      what: metricLabel(claim.metric),
      words: formatFigure(claim),
      period: formatPeriod(claim.period),
    }))
    .filter((row) => matches(row, needle))
    .sort((a, b) => compare(a, b, sort));
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
