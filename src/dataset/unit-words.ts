import type { Claim, Dataset, Unit } from './schema';

/** Each claim's dataset's words for units, by unit: filled as datasets are indexed. */
const byClaim = new WeakMap<object, ReadonlyMap<string, Unit>>();

/**
 * Keeps a dataset's words for its units where its claims can find them: a claim is written in
 * words without its dataset at hand, so the dataset tells it beforehand.
 */
export function rememberUnitWords(dataset: Dataset): void {
  if (dataset.units === undefined || dataset.units.length === 0) return;
  const units = new Map(dataset.units.map((u) => [u.unit, u]));
  for (const claim of dataset.claims) byClaim.set(claim, units);
}

/** The words the claim's dataset gives for its unit in other languages, if any. */
export const unitWordsOf = (claim: Pick<Claim, 'unit'>): Unit | undefined =>
  byClaim.get(claim)?.get(claim.unit);
