import { StrictMode, type ReactNode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { parseDatasetText } from '../dataset/parse';
import type { PanelId } from '../lib/panel-ids';
import { dashboardActions, INITIAL_VIEW, resetDashboardStore } from '../store';
import { App } from './app';
import { EmbedApp } from './embed/embed-app';
import { createQueryClient } from './query-client';
import { seedPublishedDataset } from './seed';

async function toHtml(tree: ReactNode): Promise<string> {
  const { prelude } = await prerenderToNodeStream(tree);
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
): Promise<string> {
  const result = parseDatasetText(datasetText);
  if (!result.ok)
    throw new Error(`the published dataset is not valid: ${result.problems[0]?.message}`);
  resetDashboardStore();
  dashboardActions().viewRestored(INITIAL_VIEW);
  const queryClient = createQueryClient();
  seedPublishedDataset(queryClient, result.dataset);
  const tree =
    page === 'dashboard' ? (
      <App queryClient={queryClient} />
    ) : (
      <EmbedApp queryClient={queryClient} panel={page} />
    );
  return toHtml(<StrictMode>{tree}</StrictMode>);
}
