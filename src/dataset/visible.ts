import type { Confidence, Dataset } from './schema';

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

export interface VisibilityOptions {
  /** Keep only claims made, and events dated, on or before this day. */
  asOf: string | null;
  /** Keep only claims at this confidence or higher. */
  minConfidence: Confidence;
}

/**
 * The dataset as it stood on a date and at a confidence: what every panel draws.
 * Returns the same object when nothing is hidden, so memoised transforms stay warm.
 */
export function visibleDataset(
  dataset: Dataset,
  { asOf, minConfidence }: VisibilityOptions,
): Dataset {
  if (asOf === null && minConfidence === 'low') return dataset;
  const claims = dataset.claims.filter(
    (c) => (asOf === null || c.claimedOn <= asOf) && RANK[c.confidence] <= RANK[minConfidence],
  );
  const events = asOf === null ? dataset.events : dataset.events.filter((e) => e.date <= asOf);
  const newest = claims.reduce((max, c) => (c.claimedOn > max ? c.claimedOn : max), '');
  return {
    ...dataset,
    claims,
    events,
    updated: newest === '' ? (asOf ?? dataset.updated) : newest,
  };
}
