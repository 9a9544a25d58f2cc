import type { ViewState } from '../store';
import { pageLocale } from '../i18n/locale';
import { serializeViewState } from './url-state';

export type EmbedTheme = 'auto' | 'light' | 'dark';

/** Where the site lives: origin plus the base path it was built for (always ends with "/"). */
export function siteRoot(origin: string, base: string): string {
  return `${origin}${base.endsWith('/') ? base : `${base}/`}`;
}

/**
 * Where a link in the page's language starts: its prerendered pages (/uk/, /v/<id>/uk/), which
 * read without the script, so that a link or an embed opens as the reader saw it.
 */
function inPageLocale(root: string): string {
  const locale = pageLocale();
  return locale === 'en' ? root : `${root}${locale}/`;
}

/** The view's query string, with the researcher's linked dataset (?data=) when one is on screen. */
function viewSearch(view: ViewState, dataUrl?: string): string {
  const params = new URLSearchParams(dataUrl ? { data: dataUrl } : {});
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
  return `${inPageLocale(root)}${viewSearch(view, dataUrl)}#${panelId}`;
}

/** A panel's embed page, with the theme, selection and date that reproduce what the reader sees. */
export function embedUrl(
  root: string,
  panelId: string,
  view: ViewState,
  theme: EmbedTheme,
  dataUrl?: string,
): string {
  const params = new URLSearchParams(viewSearch(view, dataUrl));
  if (theme !== 'auto') params.set('theme', theme);
  const query = params.toString();
  return `${inPageLocale(root)}embed/${panelId}/${query ? `?${query}` : ''}`;
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
