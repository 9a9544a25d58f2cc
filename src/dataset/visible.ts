import type { Claim, Confidence, Dataset } from './schema';
import { dateSpan, eventKnownBy, isKnownBy } from './dates';

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

export interface VisibilityOptions {
  /**
   * Keep only claims certainly made, and events certainly past, by the end of this day: one dated
   * to a month or a year counts from its last day.
   */
  asOf: string | null;
  /** Keep only claims at this confidence or higher. */
  minConfidence: Confidence;
  /**
   * Withdrawn claims: kept (the ledger lists them, struck through, and charts that are asked to
   * draw them hollow) or left out (what charts draw by default).
   */
  retracted?: 'keep' | 'omit';
}

/** A claim as it stood on a day: a withdrawal announced after that day had not happened yet. */
function asItStood(claim: Claim, asOf: string | null): Claim {
  if (asOf === null || claim.retracted === undefined) return claim;
  if (dateSpan(claim.retracted.date).end <= asOf) return claim;
  const standing = { ...claim };
  delete standing.retracted;
  return standing;
}

/**
 * The dataset as it stood on a date and at a confidence: what every panel draws.
 * Returns the same object when nothing is hidden, so memoised transforms stay warm.
 */
export function visibleDataset(
  dataset: Dataset,
  { asOf, minConfidence, retracted = 'keep' }: VisibilityOptions,
): Dataset {
  const omit = retracted === 'omit' && dataset.claims.some((c) => c.retracted !== undefined);
  if (asOf === null && minConfidence === 'low' && !omit) return dataset;
  const claims: Claim[] = [];
  for (const claim of dataset.claims) {
    if (asOf !== null && !isKnownBy(claim, asOf)) continue;
    if (RANK[claim.confidence] > RANK[minConfidence]) continue;
    const standing = asItStood(claim, asOf);
    if (omit && standing.retracted !== undefined) continue;
    claims.push(standing);
  }
  const events =
    asOf === null ? dataset.events : dataset.events.filter((e) => eventKnownBy(e, asOf));
  return { ...dataset, claims, events };
}
