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

/** Each view's whole dataset: what a view was filtered from. */
const bases = new WeakMap<Dataset, Dataset>();
/** The views made of each dataset, newest last: every panel asks for the same few. */
const views = new WeakMap<Dataset, Map<string, Dataset>>();
const KEPT_VIEWS = 8;

/**
 * The dataset a view was made from by visibleDataset, or the dataset itself. Work done once on
 * the whole dataset (an order, an index) serves every view of it.
 */
export const baseDataset = (dataset: Dataset): Dataset => bases.get(dataset) ?? dataset;

/**
 * The dataset as it stood on a date and at a confidence: what every panel draws. Returns the
 * same object when nothing is hidden, and the same view when asked again for the same one (every
 * panel asks), so memoised transforms stay warm and the claims are filtered once.
 */
export function visibleDataset(dataset: Dataset, options: VisibilityOptions): Dataset {
  const { asOf, minConfidence, retracted = 'keep' } = options;
  const omit = retracted === 'omit' && dataset.claims.some((c) => c.retracted !== undefined);
  if (asOf === null && minConfidence === 'low' && !omit) return dataset;
  const kept = views.get(dataset) ?? new Map<string, Dataset>();
  views.set(dataset, kept);
  const key = `${asOf}|${minConfidence}|${omit}`;
  const cached = kept.get(key);
  if (cached !== undefined) return cached;
  const view = filteredDataset(dataset, asOf, minConfidence, omit);
  bases.set(view, dataset);
  kept.set(key, view);
  if (kept.size > KEPT_VIEWS) kept.delete(kept.keys().next().value!);
  return view;
}

function filteredDataset(
  dataset: Dataset,
  asOf: string | null,
  minConfidence: Confidence,
  omit: boolean,
): Dataset {
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
