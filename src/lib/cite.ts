import type { Dated } from '../dataset/dates';
import { formatClaimDate, formatDate } from './format';

export interface CitationParts {
  /** The dashboard's title. */
  title: string;
  /** The panel's title, when citing one panel. */
  panelTitle?: string;
  /** The day the dataset cited was last changed. */
  updated: string;
  /** The newest figure shown, for its date. */
  newest: Dated | undefined;
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
  url,
  accessed,
}: CitationParts): string {
  const what = panelTitle ? `“${panelTitle}”, in ${title}` : title;
  const figures = newest ? `; newest claim ${formatClaimDate(newest)}` : '';
  return `${what}. Interactive dashboard, dataset of ${formatDate(updated)}${figures}. ${url} (accessed ${formatDate(accessed)}).`;
}
