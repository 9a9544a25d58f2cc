import { useId } from 'react';
import { latestRelease } from '../dataset/releases';
import { formatDate, singleStops } from '../lib/format';
import { pageAtRelease, releaseRoot } from '../lib/release-page';
import { useDatasetOrigin, usePinnedRelease } from '../store';
import { useReleaseHistory } from '../dataset/release-history';
import { t } from '../i18n/messages';
import './releases.css';

const BASE = import.meta.env.BASE_URL;

/** Goes to the same page at another release, or at the latest, keeping what the reader chose. */
function goTo(release: string | null) {
  window.location.assign(pageAtRelease(window.location, BASE, release));
}

/**
 * Which release of the dataset the page shows, and a way to another: the picker in the header,
 * and, on a page pinned to an older release, the notice that newer figures are available.
 * `path` is the page within a release's site: "" for the dashboard, "embed/<panel>/" for an embed.
 */
export function ReleaseStatus({ path, picker = true }: { path: string; picker?: boolean }) {
  const { data: history } = useReleaseHistory();
  const pinned = usePinnedRelease();
  const origin = useDatasetOrigin();
  const pickerId = useId();
  const latest = history && latestRelease(history)?.id;
  // A researcher's own file is no release; without the history there is nothing to pick from.
  if (origin.kind === 'custom' || history === undefined || latest === undefined) return null;
  const newer = pinned !== null && pinned < latest;
  return (
    <div className="release-status" data-release={pinned ?? latest}>
      {picker ? (
        <label htmlFor={pickerId} className="release-status__picker">
          {t('releaseStatus.label')}
          <select
            id={pickerId}
            value={pinned ?? ''}
            onChange={(e) => goTo(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">
              {t('releaseStatus.alwaysLatest', { date: formatDate(latest) })}
            </option>
            {[...history.releases].reverse().map(({ id }) => (
              <option key={id} value={id}>
                {id === latest
                  ? t('releaseStatus.latestPinned', { date: formatDate(id) })
                  : formatDate(id)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        pinned !== null && <span>{t('releaseStatus.of', { date: formatDate(pinned) })}</span>
      )}
      {newer && (
        <p className="release-status__newer" role="note">
          {/* A date that ends in an abbreviation ("2025 р.") ends the sentence with one stop. */}
          {singleStops(t('releaseStatus.shows', { id: pinned, date: formatDate(pinned) }))}{' '}
          <a
            href={`${releaseRoot(BASE, null)}${path}`}
            onClick={(e) => {
              e.preventDefault();
              goTo(null);
            }}
          >
            {t('releaseStatus.newer', { id: latest })}
          </a>
        </p>
      )}
    </div>
  );
}
