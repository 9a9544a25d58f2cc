import type { Dataset } from './schema';
import type { DatasetProblem } from './validate';
import { rememberLookup } from './lookup';

type Collection = 'sources' | 'claimants' | 'claims' | 'places' | 'events';

/** The items by id; a second item with the same id is a problem, and the first one stays. */
function idIndex<T extends { id: string }>(
  items: readonly T[],
  collection: Collection,
  problems: DatasetProblem[],
): Map<string, T> {
  const seen = new Map<string, T>();
  items.forEach((item, i) => {
    if (!seen.has(item.id)) seen.set(item.id, item);
    else
      problems.push({
        path: `${collection}[${i}].id`,
        message: `expected a unique id; "${item.id}" is already used by ${collection}[${items.findIndex((other) => other.id === item.id)}]`,
      });
  });
  return seen;
}

/** Compares dates written YYYY, YYYY-MM or YYYY-MM-DD by their first day. */
function dayOf(partial: string): string {
  return partial.length === 4
    ? `${partial}-01-01`
    : partial.length === 7
      ? `${partial}-01`
      : partial;
}

/**
 * Checks what the schema cannot: unique ids, references that resolve, ranges in order.
 * Runs only on a dataset whose structure already passed the schema.
 */
export function checkReferences(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const sources = idIndex(dataset.sources, 'sources', problems);
  const claimants = idIndex(dataset.claimants, 'claimants', problems);
  const claims = idIndex(dataset.claims, 'claims', problems);
  const places = idIndex(dataset.places, 'places', problems);
  idIndex(dataset.events, 'events', problems);

  const mustExist = (
    index: ReadonlyMap<string, unknown>,
    id: string | undefined,
    path: string | (() => string),
    what: string,
  ) => {
    if (id !== undefined && !index.has(id))
      problems.push({
        path: typeof path === 'string' ? path : path(),
        message: `expected the id of one of the ${what}; got "${id}", which is not there`,
      });
  };

  if (dataset.report !== undefined) mustExist(sources, dataset.report, 'report', 'sources');
  dataset.headlines?.forEach((id, i) => mustExist(claims, id, `headlines[${i}]`, 'claims'));

  dataset.sources.forEach((source, i) => {
    mustExist(sources, source.relays, `sources[${i}].relays`, 'sources');
    if (source.relays === source.id)
      problems.push({
        path: `sources[${i}].relays`,
        message: 'expected another source; a source cannot relay itself',
      });
  });

  let newest = '';
  dataset.claims.forEach((claim, i) => {
    // Paths are written only for a problem: a large dataset has many claims and, usually, none.
    const at = () => `claims[${i}]`;
    mustExist(claimants, claim.claimant, () => `${at()}.claimant`, 'claimants');
    mustExist(sources, claim.source, () => `${at()}.source`, 'sources');
    mustExist(places, claim.place, () => `${at()}.place`, 'places');
    claim.alsoReportedBy?.forEach((id, j) =>
      mustExist(sources, id, `${at()}.alsoReportedBy[${j}]`, 'sources'),
    );
    claim.derivedFrom?.forEach((id, j) =>
      mustExist(claims, id, `${at()}.derivedFrom[${j}]`, 'claims'),
    );
    if (claim.qualifier === 'between' && claim.low === undefined)
      problems.push({
        path: `${at()}.low`,
        message: 'expected a lower end for a claim qualified "between"; the field is missing',
      });
    if (claim.qualifier !== 'between' && claim.low !== undefined)
      problems.push({
        path: `${at()}.low`,
        message: `expected no lower end for a claim qualified "${claim.qualifier}"; use "between" for a range`,
      });
    if (claim.low !== undefined && claim.low > claim.value)
      problems.push({
        path: `${at()}.low`,
        message: `expected a lower end no greater than the value ${claim.value}; got ${claim.low}`,
      });
    if (claim.derivedFrom !== undefined && claim.derived === undefined)
      problems.push({
        path: `${at()}.derived`,
        message: 'expected a description of how the value was derived; the field is missing',
      });
    const { from, to } = claim.period ?? {};
    if (claim.period !== undefined && from === undefined && to === undefined)
      problems.push({
        path: `${at()}.period`,
        message: 'expected "from", "to" or both; got an empty period',
      });
    if (from !== undefined && to !== undefined && dayOf(from) > dayOf(to))
      problems.push({
        path: `${at()}.period`,
        message: `expected "from" on or before "to"; got ${from} after ${to}`,
      });
    if (claim.claimedOn > newest) newest = claim.claimedOn;
  });

  if (newest !== '' && dataset.updated < newest)
    problems.push({
      path: 'updated',
      message: `expected a date on or after the newest claim (${newest}); got ${dataset.updated}`,
    });

  dataset.places.forEach((place, i) =>
    mustExist(sources, place.source, `places[${i}].source`, 'sources'),
  );
  dataset.events.forEach((event, i) => {
    mustExist(sources, event.source, `events[${i}].source`, 'sources');
    mustExist(places, event.place, `events[${i}].place`, 'places');
  });
  // The indexes just built are the ones every panel looks claims up in: keep them.
  if (problems.length === 0) rememberLookup(dataset, { claims, claimants, sources, places });
  return problems;
}
