import type { Claim, Dataset } from './schema';

/** One field of a claim that differs between two releases: its old and new value. */
export interface FieldChange {
  field: string;
  /** The value before; absent when the field was added. */
  from?: unknown;
  /** The value after; absent when the field was removed. */
  to?: unknown;
}

/** What a release changed, claim by claim, against the one before it. */
export interface ReleaseChanges {
  /** The release: its publication date, YYYY-MM-DD. */
  id: string;
  /** The release it is compared with; null for the first. */
  previous: string | null;
  /** Claims in this release. */
  claims: number;
  /** Claims that were not in the previous release. */
  added: string[];
  /** Claims whose fields differ from the previous release, withdrawal aside. */
  changed: { id: string; fields: FieldChange[] }[];
  /** Claims withdrawn in this release. */
  retracted: { id: string; date: string; reason: string }[];
  /** Claims of the previous release that are gone: refused for published releases. */
  removed: string[];
  /** Sources and events that are new in this release, counted. */
  sourcesAdded: number;
  eventsAdded: number;
  /**
   * Claimants, places, measures and units whose names in other languages are new or differ from
   * the previous release's, counted.
   */
  namesChanged: number;
}

/** Every release's changes, oldest first: what /data/changes.json holds. */
export interface ReleaseHistory {
  releases: ReleaseChanges[];
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** A value with its object keys sorted, so that key order never counts as a change. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/** The fields in which two versions of a claim differ, in a stable order, withdrawal aside. */
function claimFieldChanges(before: Claim, after: Claim): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((f) => f !== 'retracted')
    .sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = (before as Record<string, unknown>)[field];
    const to = (after as Record<string, unknown>)[field];
    if (same(from, to)) continue;
    changes.push({
      field,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    });
  }
  return changes;
}

/**
 * What `next` changed against `previous`, claim by claim: added, changed field by field,
 * withdrawn, removed. Both are datasets of the current version (an older file migrated first),
 * so that a new version number alone is no change.
 */
export function diffReleases(
  id: string,
  previous: { id: string; dataset: Dataset } | null,
  next: Dataset,
): ReleaseChanges {
  const before = new Map((previous?.dataset.claims ?? []).map((c) => [c.id, c]));
  const after = new Set(next.claims.map((c) => c.id));
  const changes: ReleaseChanges = {
    id,
    previous: previous?.id ?? null,
    claims: next.claims.length,
    added: [],
    changed: [],
    retracted: [],
    removed: [...before.keys()].filter((claimId) => !after.has(claimId)),
    sourcesAdded: countNew(previous?.dataset.sources, next.sources),
    eventsAdded: countNew(previous?.dataset.events, next.events),
    namesChanged:
      countRenamed(previous?.dataset.claimants, next.claimants) +
      countRenamed(previous?.dataset.places, next.places) +
      countRenamed(previous?.dataset.measures, next.measures ?? []) +
      countRenamed(
        previous?.dataset.units?.map((u) => ({ ...u, id: u.unit })),
        (next.units ?? []).map((u) => ({ ...u, id: u.unit })),
      ),
  };
  for (const claim of next.claims) {
    const old = before.get(claim.id);
    if (old === undefined) {
      changes.added.push(claim.id);
      continue;
    }
    const fields = claimFieldChanges(old, claim);
    if (fields.length > 0) changes.changed.push({ id: claim.id, fields });
    if (claim.retracted !== undefined && old.retracted === undefined)
      changes.retracted.push({ id: claim.id, ...claim.retracted });
  }
  return changes;
}

function countNew(before: readonly { id: string }[] | undefined, after: readonly { id: string }[]) {
  const known = new Set((before ?? []).map((r) => r.id));
  return after.filter((r) => !known.has(r.id)).length;
}

type NamedRecord = { id: string; names?: unknown };

function countRenamed(before: readonly NamedRecord[] | undefined, after: readonly NamedRecord[]) {
  const old = new Map((before ?? []).map((r) => [r.id, r.names]));
  return after.filter((r) => r.names !== undefined && !same(old.get(r.id), r.names)).length;
}

/** A claim's history across the releases: where it first appeared, and where it changed since. */
export interface ClaimHistory {
  firstReleased: string | undefined;
  changedIn: { id: string; fields: FieldChange[] }[];
  retractedIn: string | undefined;
}

export function claimHistory(history: ReleaseHistory, claimId: string): ClaimHistory {
  const out: ClaimHistory = { firstReleased: undefined, changedIn: [], retractedIn: undefined };
  for (const release of history.releases) {
    if (out.firstReleased === undefined && release.added.includes(claimId))
      out.firstReleased = release.id;
    const changed = release.changed.find((c) => c.id === claimId);
    if (changed) out.changedIn.push({ id: release.id, fields: changed.fields });
    if (release.retracted.some((r) => r.id === claimId)) out.retractedIn = release.id;
  }
  return out;
}

/** The newest release of a history, or undefined for none. */
export const latestRelease = (history: ReleaseHistory) => history.releases.at(-1);
