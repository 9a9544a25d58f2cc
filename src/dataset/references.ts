import type { Claim, Claimant, Dataset, Measure, Place, Source } from './schema';
import { phrase, problem, type DatasetProblem } from './problem';
import { rememberLookup } from './lookup';
import { dateSpan } from './dates';
import { isRealDate } from './schema';

type Collection = 'sources' | 'claimants' | 'claims' | 'places' | 'events' | 'measures';
type Row = Record<string, unknown>;

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A record of a collection, when it is one: the checks below also run on a file that failed the schema. */
const anyRows = (value: unknown): Row[] =>
  Array.isArray(value) ? (value.filter((r) => typeof r === 'object' && r !== null) as Row[]) : [];
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A date the schema would accept, or undefined: a bad one is the schema's to report. */
const wellFormedDate = (value: unknown): string | undefined => {
  const text = str(value);
  return text !== undefined && PARTIAL_DATE.test(text) && isRealDate(text) ? text : undefined;
};

/** The items by id; a second item with the same id is a problem, and the first one stays. */
function idIndex<T>(items: unknown, collection: Collection, problems: DatasetProblem[]) {
  const seen = new Map<string, T>();
  if (!Array.isArray(items)) return seen;
  items.forEach((item: unknown, i) => {
    const id = str((item as Row | null)?.id);
    if (id === undefined) return;
    if (!seen.has(id)) seen.set(id, item as T);
    else
      problems.push(
        problem(
          `${collection}[${i}].id`,
          phrase('problem.id.duplicate', {
            id,
            other: `${collection}[${items.findIndex((other: unknown) => (other as Row | null)?.id === id)}]`,
          }),
        ),
      );
  });
  return seen;
}

/**
 * Checks what the schema cannot: unique ids, references that resolve, ranges and dates in order,
 * withdrawn claims that say when and why. It runs beside the schema's own checks, on a file that
 * failed them too, so that a researcher sees every problem at once; a value of the wrong type is
 * left to the schema.
 */
export function checkReferences(input: unknown): DatasetProblem[] {
  return inspect(input, false).problems;
}

/**
 * `shaped`: the input passed the schema, so that every record is an object and every date is
 * well formed: they are not checked again.
 */
function inspect(input: unknown, shaped: boolean) {
  const rows = shaped ? (value: unknown) => value as Row[] : anyRows;
  const dateIn = shaped ? str : wellFormedDate;
  const dataset = (typeof input === 'object' && input !== null ? input : {}) as Row;
  const problems: DatasetProblem[] = [];
  const sources = idIndex<Source>(dataset.sources, 'sources', problems);
  const claimants = idIndex<Claimant>(dataset.claimants, 'claimants', problems);
  const claims = idIndex<Claim>(dataset.claims, 'claims', problems);
  const places = idIndex<Place>(dataset.places, 'places', problems);
  idIndex(dataset.events, 'events', problems);
  const measures = idIndex<Measure>(dataset.measures, 'measures', problems);

  const mustExist = (
    index: ReadonlyMap<string, unknown>,
    id: unknown,
    path: string | (() => string),
    what: string,
  ) => {
    if (typeof id === 'string' && !index.has(id))
      problems.push(
        problem(
          typeof path === 'string' ? path : path(),
          phrase('problem.id.unknown', { what, id }),
        ),
      );
  };

  mustExist(sources, dataset.report, 'report', 'sources');
  if (Array.isArray(dataset.headlines))
    dataset.headlines.forEach((id: unknown, i) =>
      mustExist(claims, id, `headlines[${i}]`, 'claims'),
    );

  rows(dataset.sources).forEach((source, i) => {
    const at = `sources[${i}]`;
    mustExist(sources, source.relays, `${at}.relays`, 'sources');
    if (source.relays !== undefined && source.relays === source.id)
      problems.push(problem(`${at}.relays`, phrase('problem.relays.self')));
    if (typeof source.relays === 'string' && source.relays !== source.id) {
      // A chain of relays must end at an original, not come back on itself.
      const seen = new Set([source.id]);
      let next = sources.get(source.relays) as Row | undefined;
      while (next !== undefined && typeof next.relays === 'string' && !seen.has(next.id)) {
        seen.add(next.id);
        next = sources.get(next.relays) as Row | undefined;
      }
      if (next !== undefined && seen.has(next.id))
        problems.push(
          problem(`${at}.relays`, phrase('problem.relays.circle', { id: String(next.id) })),
        );
    }
    if (source.relays !== undefined && source.relaysOutlet !== undefined)
      problems.push(problem(`${at}.relaysOutlet`, phrase('problem.relays.both')));
    if (
      source.kind === 'report' &&
      (source.relays !== undefined || source.relaysOutlet !== undefined)
    )
      problems.push(problem(`${at}.kind`, phrase('problem.relays.report')));
  });

  const updated = dateIn(dataset.updated);
  let newest: { start: string; path: string } | undefined;
  const retractedIds = new Set<string>();
  const claimRows = rows(dataset.claims);
  claimRows.forEach((claim) => {
    if (claim.retracted !== undefined && typeof claim.id === 'string') retractedIds.add(claim.id);
  });

  claimRows.forEach((claim, i) => {
    // Paths are written only for a problem: a large dataset has many claims and, usually, none.
    const at = () => `claims[${i}]`;
    mustExist(claimants, claim.claimant, () => `${at()}.claimant`, 'claimants');
    mustExist(sources, claim.source, () => `${at()}.source`, 'sources');
    mustExist(places, claim.place, () => `${at()}.place`, 'places');
    if (Array.isArray(claim.alsoReportedBy))
      claim.alsoReportedBy.forEach((id: unknown, j) =>
        mustExist(sources, id, () => `${at()}.alsoReportedBy[${j}]`, 'sources'),
      );
    if (Array.isArray(claim.derivedFrom))
      claim.derivedFrom.forEach((id: unknown, j) => {
        mustExist(claims, id, () => `${at()}.derivedFrom[${j}]`, 'claims');
        if (typeof id === 'string' && retractedIds.has(id) && claim.retracted === undefined)
          problems.push(
            problem(`${at()}.derivedFrom[${j}]`, phrase('problem.derived.retracted', { id })),
          );
      });

    const value = typeof claim.value === 'number' ? claim.value : undefined;
    const low = typeof claim.low === 'number' ? claim.low : undefined;
    if (claim.qualifier === 'between' && claim.low === undefined)
      problems.push(problem(`${at()}.low`, phrase('problem.low.missing')));
    if (
      typeof claim.qualifier === 'string' &&
      claim.qualifier !== 'between' &&
      claim.low !== undefined
    )
      problems.push(
        problem(`${at()}.low`, phrase('problem.low.notRange', { qualifier: claim.qualifier })),
      );
    if (low !== undefined && value !== undefined && low > value)
      problems.push(
        problem(
          `${at()}.low`,
          phrase('problem.low.aboveValue', { value: String(value), low: String(low) }),
        ),
      );
    if (claim.derivedFrom !== undefined && claim.derived === undefined)
      problems.push(problem(`${at()}.derived`, phrase('problem.derived.missing')));

    const period = (
      typeof claim.period === 'object' && claim.period !== null ? claim.period : undefined
    ) as Row | undefined;
    if (period !== undefined && period.from === undefined && period.to === undefined)
      problems.push(problem(`${at()}.period`, phrase('problem.period.empty')));
    const from = dateIn(period?.from);
    const to = dateIn(period?.to);
    if (from !== undefined && to !== undefined && dateSpan(from).start > dateSpan(to).end)
      problems.push(problem(`${at()}.period`, phrase('problem.period.order', { from, to })));

    // Exactly one date: the day, month or year it was made, or the date it was made by.
    if (claim.claimedOn === undefined && claim.claimedBy === undefined)
      problems.push(problem(`${at()}.claimedOn`, phrase('problem.claimedOn.missing')));
    if (claim.claimedOn !== undefined && claim.claimedBy !== undefined)
      problems.push(problem(`${at()}.claimedBy`, phrase('problem.claimedOn.both')));
    const made = dateIn(claim.claimedOn) ?? dateIn(claim.claimedBy);
    const start = made === undefined ? undefined : dateSpan(made).start;
    if (start !== undefined && (newest === undefined || start > newest.start))
      newest = {
        start,
        path: `${at()}.${claim.claimedOn !== undefined ? 'claimedOn' : 'claimedBy'}`,
      };

    if (typeof claim.retracted === 'object' && claim.retracted !== null) {
      const retracted = claim.retracted as Row;
      mustExist(sources, retracted.source, () => `${at()}.retracted.source`, 'sources');
      const on = dateIn(retracted.date);
      if (
        on !== undefined &&
        made !== undefined &&
        claim.claimedOn !== undefined &&
        dateSpan(on).end < dateSpan(made).start
      )
        problems.push(
          problem(`${at()}.retracted.date`, phrase('problem.retracted.beforeClaim', { made, on })),
        );
      if (on !== undefined && updated !== undefined && dateSpan(on).start > updated)
        problems.push(
          problem(`${at()}.retracted.date`, phrase('problem.afterUpdated', { updated, on })),
        );
    }
    if (Array.isArray(claim.corrections)) {
      let previous: string | undefined;
      claim.corrections.forEach((correction: unknown, j) => {
        const on = dateIn((correction as Row | null)?.date);
        if (on === undefined) return;
        if (updated !== undefined && on > updated)
          problems.push(
            problem(
              `${at()}.corrections[${j}].date`,
              phrase('problem.afterUpdated', { updated, on }),
            ),
          );
        if (previous !== undefined && on < previous)
          problems.push(
            problem(
              `${at()}.corrections[${j}].date`,
              phrase('problem.corrections.order', { on, previous }),
            ),
          );
        previous = on;
      });
    }
  });

  if (newest !== undefined && updated !== undefined && updated < newest.start)
    problems.push(
      problem(
        'updated',
        phrase('problem.updated.beforeNewest', {
          start: newest.start,
          path: newest.path,
          updated,
        }),
      ),
    );

  // A measure names a metric that claims count: a slug no claim carries is a typo.
  const metrics = new Set(claimRows.map((claim) => claim.metric));
  anyRows(dataset.measures).forEach((measure, i) => {
    if (typeof measure.id === 'string' && !metrics.has(measure.id))
      problems.push(
        problem(`measures[${i}].id`, phrase('problem.measure.unused', { id: measure.id })),
      );
  });

  // A unit's words stand for a unit that claims write, each once; money has the dashboard's own.
  const units = new Set(claimRows.map((claim) => claim.unit));
  const seenUnits = new Map<unknown, number>();
  anyRows(dataset.units).forEach((entry, i) => {
    const unit = entry.unit;
    if (typeof unit !== 'string') return;
    const path = `units[${i}].unit`;
    if (seenUnits.has(unit))
      problems.push(
        problem(
          path,
          phrase('problem.unit.duplicate', { unit, other: `units[${seenUnits.get(unit)}]` }),
        ),
      );
    else seenUnits.set(unit, i);
    if (unit === 'USD') problems.push(problem(path, phrase('problem.unit.usd')));
    else if (!units.has(unit))
      problems.push(problem(path, phrase('problem.unit.unused', { unit })));
  });

  rows(dataset.places).forEach((place, i) =>
    mustExist(sources, place.source, `places[${i}].source`, 'sources'),
  );
  rows(dataset.events).forEach((event, i) => {
    mustExist(sources, event.source, `events[${i}].source`, 'sources');
    mustExist(places, event.place, `events[${i}].place`, 'places');
  });
  return { problems, index: { claims, claimants, sources, places, measures } };
}

/**
 * Checks a dataset that passed the schema. When it is valid, the indexes just built are the ones
 * every panel looks claims up in: they are kept.
 */
export function checkValidReferences(dataset: Dataset): DatasetProblem[] {
  const { problems, index } = inspect(dataset, true);
  if (problems.length === 0) rememberLookup(dataset, index);
  return problems;
}
