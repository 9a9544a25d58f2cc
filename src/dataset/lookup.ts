import type { Claim, Claimant, Dataset, Measure, Place, Source } from './schema';
import { rememberUnitWords } from './unit-words';

/** Id-keyed maps over a dataset, built once per dataset object. */
export interface DatasetLookup {
  claims: ReadonlyMap<string, Claim>;
  claimants: ReadonlyMap<string, Claimant>;
  sources: ReadonlyMap<string, Source>;
  places: ReadonlyMap<string, Place>;
  /** By metric slug: the dataset's names of what claims count. */
  measures: ReadonlyMap<string, Measure>;
}

const cache = new WeakMap<Dataset, DatasetLookup>();
const byId = <T extends { id: string }>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id, item]));

/** Keeps indexes already built for a dataset (by its validation), so that they are not built twice. */
export function rememberLookup(dataset: Dataset, index: DatasetLookup): void {
  cache.set(dataset, index);
  rememberUnitWords(dataset);
}

export function lookup(dataset: Dataset): DatasetLookup {
  let found = cache.get(dataset);
  if (found === undefined) {
    found = {
      claims: byId(dataset.claims),
      claimants: byId(dataset.claimants),
      sources: byId(dataset.sources),
      places: byId(dataset.places),
      measures: byId(dataset.measures ?? []),
    };
    cache.set(dataset, found);
    rememberUnitWords(dataset);
  }
  return found;
}

/**
 * Memoises a transform of a dataset on the dataset object: panels, the benchmark and the
 * prerenderer derive from the same object many times, and a large dataset should pay once.
 */
export function perDataset<T>(derive: (dataset: Dataset) => T): (dataset: Dataset) => T {
  const results = new WeakMap<Dataset, T>();
  return (dataset) => {
    if (results.has(dataset)) return results.get(dataset) as T;
    const result = derive(dataset);
    results.set(dataset, result);
    return result;
  };
}

const byMetric = perDataset((dataset) => {
  const groups = new Map<string, Claim[]>();
  for (const claim of dataset.claims) {
    const group = groups.get(claim.metric);
    if (group === undefined) groups.set(claim.metric, [claim]);
    else group.push(claim);
  }
  return groups;
});

/** The claims on one metric, in the dataset's order: one pass over the claims per dataset. */
export function claimsOn(dataset: Dataset, metric: string): readonly Claim[] {
  return byMetric(dataset).get(metric) ?? [];
}

/** A claim with the records it refers to, resolved: what every panel needs to attribute a figure. */
export interface AttributedClaim {
  claim: Claim;
  claimant: Claimant;
  source: Source;
  place: Place | undefined;
  /** The dataset's name for what the claim counts, where it gives one. */
  measure: Measure | undefined;
}

/** Resolves a claim's references; a validated dataset guarantees they exist. */
export function attribute(dataset: Dataset, claim: Claim): AttributedClaim {
  const index = lookup(dataset);
  const claimant = index.claimants.get(claim.claimant);
  const source = index.sources.get(claim.source);
  if (claimant === undefined || source === undefined)
    throw new Error(`claim ${claim.id} refers to a claimant or source that is not in the dataset`);
  return {
    claim,
    claimant,
    source,
    place: claim.place ? index.places.get(claim.place) : undefined,
    measure: index.measures.get(claim.metric),
  };
}

/** The claims with these ids, in the order given; ids the dataset lacks are skipped. */
export function claimsByIds(dataset: Dataset, ids: readonly string[]): Claim[] {
  const { claims } = lookup(dataset);
  return ids.flatMap((id) => {
    const claim = claims.get(id);
    return claim ? [claim] : [];
  });
}
