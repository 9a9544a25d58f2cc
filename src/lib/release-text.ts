import type { ReleaseChanges } from '../dataset/releases';
import { t } from '../i18n/dashboard-messages';

/** A value of a changed field, short enough for a list; "none" where the field was absent. */
export function releaseValueText(value: unknown): string {
  if (value === undefined) return t('changes.none');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** The counts of a release's changes in one sentence, in the page's language. */
export function changesSummary(release: ReleaseChanges): string {
  if (release.previous === null) return t('changes.first', { claims: release.claims });
  return t('changes.summary', {
    added: release.added.length,
    changed: release.changed.length,
    retracted: release.retracted.length,
    removed: release.removed.length,
    previous: release.previous,
    sources: release.sourcesAdded,
    events: release.eventsAdded,
    names: release.namesChanged > 0 ? t('changes.names', { count: release.namesChanged }) : '',
    claims: release.claims,
  });
}
