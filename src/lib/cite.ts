import type { Dated } from '../dataset/dates';
import { formatClaimDate, formatDate, singleStops } from './format';
import { t } from '../i18n/messages';

export interface CitationParts {
  /** The dashboard's title. */
  title: string;
  /** The panel's title, when citing one panel. */
  panelTitle?: string;
  /** The day the dataset cited was last changed. */
  updated: string;
  /** The newest figure shown, for its date. */
  newest: Dated | undefined;
  /** What the view showed: the measure, the filters in force. */
  view?: string;
  /** The release cited, and whether the link is pinned to it or follows the latest. */
  release?: { id: string; pinned: boolean };
  /** The link that reproduces the view: selection, date, filters. */
  url: string;
  /** The day the reader looked, YYYY-MM-DD. */
  accessed: string;
}

/** A citation a reader can paste: what, as of when, where, and when they looked. */
export function citation({
  title,
  panelTitle,
  updated,
  newest,
  release,
  view,
  url,
  accessed,
}: CitationParts): string {
  const shown = view ? ` (${view})` : '';
  const what = panelTitle
    ? t('cite.panel', { panel: panelTitle, shown, title })
    : `${title}${shown}`;
  const figures = newest ? t('cite.newest', { date: formatClaimDate(newest) }) : '';
  const version = release
    ? t(release.pinned ? 'cite.release' : 'cite.latest', { id: release.id })
    : t('cite.dataset', { date: formatDate(updated) });
  return singleStops(t('cite.text', { what, version, figures, url, date: formatDate(accessed) }));
}
