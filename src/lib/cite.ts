import { formatDate } from './format';

export interface CitationParts {
  /** The dashboard's title. */
  title: string;
  /** The panel's title, when citing one panel. */
  panelTitle?: string;
  /** The date of the newest figure shown. */
  asOf: string;
  /** The link that reproduces the view: selection, date, filters. */
  url: string;
  /** The day the reader looked, YYYY-MM-DD. */
  accessed: string;
}

/** A citation a reader can paste: what, as of when, where, and when they looked. */
export function citation({ title, panelTitle, asOf, url, accessed }: CitationParts): string {
  const what = panelTitle ? `“${panelTitle}”, in ${title}` : title;
  return `${what}. Interactive dashboard, figures as of ${formatDate(asOf)}. ${url} (accessed ${formatDate(accessed)}).`;
}
