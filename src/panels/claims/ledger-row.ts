import type { Claim, Dataset } from '../../dataset/schema';
import { attribute, type AttributedClaim } from '../../dataset/lookup';
import { formatFigure, formatPeriod } from '../../lib/format';
import { metricLabel } from '../../lib/metrics';

/** One row of the ledger: a claim with everything needed to check it. */
export interface LedgerRow extends AttributedClaim {
  id: string;
  /** The measure, in words. */
  what: string;
}

export function ledgerRow(dataset: Dataset, claim: Claim): LedgerRow {
  const { claimant, source, place } = attribute(dataset, claim);
  return { claim, claimant, source, place, id: claim.id, what: metricLabel(claim.metric) };
}

/**
 * The words of a row: its figure and the span it covers. Written for the rows on screen and for
 * search, not for every claim of a large dataset up front.
 */
export function ledgerText(row: LedgerRow): { words: string; period: string | undefined } {
  return { words: formatFigure(row.claim), period: formatPeriod(row.claim.period) };
}

/** The name a unit's group of rows goes by when the ledger is sorted by value. */
export const unitName = (unit: string): string => (unit === 'USD' ? 'US dollars' : unit);
