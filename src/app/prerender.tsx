import { StrictMode, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { parseDatasetText } from '../dataset/parse';
import type { PanelId } from '../lib/panel-ids';
import { dashboardActions, INITIAL_VIEW, resetDashboardStore } from '../store';
import { App } from './app';
import { EmbedApp } from './embed/embed-app';
import { createQueryClient } from './query-client';
import type { ReleaseHistory } from '../dataset/releases';
import { seedPublishedDataset, seedReleaseHistory } from './seed';
import { setPageLocale, type Locale } from '../i18n/locale';
import { choosePageLocale, hasMessage, t } from '../i18n/messages';

/** The CSS that a page in a language needs for its fonts, for the head of its prerendered HTML. */
export { pageFontCss } from '../i18n/fonts';

/** A panel's title in the page's language, as its heading has it. */
function panelTitle(panel: PanelId): string {
  const id =
    panel === 'overview'
      ? 'overview.title'
      : panel === 'map'
        ? 'map.title'
        : `panel.${panel}.title`;
  return hasMessage(id) ? t(id) : panel;
}

/** A page's title and description in a language, for the head of its prerendered HTML. */
export async function pageHead(page: 'dashboard' | PanelId, locale: Locale) {
  await choosePageLocale(locale);
  try {
    return {
      title:
        page === 'dashboard' ? t('page.title') : t('page.embedTitle', { panel: panelTitle(page) }),
      description: t('page.description'),
    };
  } finally {
    setPageLocale('en');
  }
}

async function toHtml(tree: ReactNode): Promise<string> {
  // An error inside a boundary would otherwise leave a hole for the browser to fill with an
  // inline script, which the page's policy forbids: fail the build instead.
  const errors: unknown[] = [];
  // One chunk, however large a panel: React would otherwise send big boundaries apart and
  // reveal them with inline scripts.
  const { prelude } = await prerenderToNodeStream(tree, {
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError: (error) => void errors.push(error),
  });
  if (errors.length > 0)
    throw errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Renders a page to HTML at build time, on the published dataset, exactly as the browser's
 * first render will: the same tree, the same store, the same query cache. Suspense boundaries
 * (each lazily loaded panel) are waited for, so the HTML holds the panel's chart.
 */
export async function prerenderPage(
  page: 'dashboard' | PanelId,
  datasetText: string,
  {
    release = null,
    history,
    locale = 'en',
  }: { release?: string | null; history?: ReleaseHistory; locale?: Locale } = {},
): Promise<string> {
  const result = parseDatasetText(datasetText);
  if (!result.ok)
    throw new Error(`the published dataset is not valid: ${result.problems[0]?.message}`);
  resetDashboardStore();
  dashboardActions().viewRestored(INITIAL_VIEW);
  dashboardActions().releasePinned(release);
  const queryClient = createQueryClient();
  if (history) seedReleaseHistory(queryClient, history);
  seedPublishedDataset(queryClient, result.dataset);
  const tree =
    page === 'dashboard' ? (
      <App queryClient={queryClient} />
    ) : (
      <EmbedApp queryClient={queryClient} panel={page} />
    );
  await choosePageLocale(locale);
  let html: string;
  try {
    html = await toHtml(<StrictMode>{tree}</StrictMode>);
  } finally {
    setPageLocale('en');
  }
  if (html.includes('<script'))
    throw new Error(`${page}: the prerendered HTML would need an inline script to show itself`);
  return html;
}
