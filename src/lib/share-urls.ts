import type { ViewState } from '../store';
import { pageLocale } from '../i18n/locale';
import { serializeViewState } from './url-state';
import { releaseFromPath } from './release-page';

export type EmbedTheme = 'auto' | 'light' | 'dark';

/** Where the site lives: origin plus the base path it was built for (always ends with "/"). */
export function siteRoot(origin: string, base: string): string {
  return `${origin}${base.endsWith('/') ? base : `${base}/`}`;
}

/**
 * Where a link in the page's language starts, and what its query must add, so that a link or an
 * embed opens as the reader saw it: the latest dataset has its pages in each language (/uk/),
 * which read without the script; a release (/v/<id>/) names the language with ?lang=.
 */
function inPageLocale(root: string): { root: string; lang: string | null } {
  const locale = pageLocale();
  if (locale === 'en') return { root, lang: null };
  return releaseFromPath(root) === null
    ? { root: `${root}${locale}/`, lang: null }
    : { root, lang: locale };
}

/** The view's query string, with the researcher's linked dataset (?data=) when one is on screen. */
function viewSearch(view: ViewState, lang: string | null, dataUrl?: string): string {
  const params = new URLSearchParams(dataUrl ? { data: dataUrl } : {});
  if (lang !== null) params.set('lang', lang);
  const base = params.toString();
  return serializeViewState(view, base ? `?${base}` : '');
}

/** The full dashboard at a panel, in the view the reader has now. */
export function dashboardUrl(
  root: string,
  panelId: string,
  view: ViewState,
  dataUrl?: string,
): string {
  const at = inPageLocale(root);
  return `${at.root}${viewSearch(view, at.lang, dataUrl)}#${panelId}`;
}

/** A panel's embed page, with the theme, selection and date that reproduce what the reader sees. */
export function embedUrl(
  root: string,
  panelId: string,
  view: ViewState,
  theme: EmbedTheme,
  dataUrl?: string,
): string {
  const at = inPageLocale(root);
  const params = new URLSearchParams(viewSearch(view, at.lang, dataUrl));
  if (theme !== 'auto') params.set('theme', theme);
  const query = params.toString();
  return `${at.root}embed/${panelId}/${query ? `?${query}` : ''}`;
}

export interface SnippetOptions {
  src: string;
  title: string;
  /** The host script that resizes the frame; without it the frame keeps its starting height. */
  hostScript: string | undefined;
  height: number;
}

/** The HTML a publisher pastes: an iframe, and optionally the resizing script beside it. */
export function embedSnippet({ src, title, hostScript, height }: SnippetOptions): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const frame = `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;width:100%" loading="lazy" data-nk-russia-arms></iframe>`;
  return hostScript ? `${frame}\n<script src="${escape(hostScript)}" async></script>` : frame;
}
