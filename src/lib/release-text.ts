import type { ReleaseChanges } from '../dataset/releases';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A value of a changed field, short enough for a list. */
export function releaseValueText(value: unknown): string {
  if (value === undefined) return 'none';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** The counts of a release's changes in one sentence. */
export function changesSummary(release: ReleaseChanges): string {
  if (release.previous === null) return `The first release: ${plural(release.claims, 'claim')}.`;
  return (
    `${plural(release.added.length, 'claim')} added, ${release.changed.length} changed, ` +
    `${release.retracted.length} withdrawn and ${release.removed.length} removed since release ${release.previous}; ` +
    `${plural(release.sourcesAdded, 'source')} and ${plural(release.eventsAdded, 'event')} added. ${plural(release.claims, 'claim')} in all.`
  );
}
