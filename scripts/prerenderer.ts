/**
 * The build's renderer of pages, loaded through Vite (so the app's modules, styles and aliases
 * resolve as in the browser build), for the prerender step and the benchmark.
 */
import { createServer } from 'vite';

import type { ReleaseHistory } from '../src/dataset/releases.ts';

export type PrerenderPage = (
  page: string,
  datasetText: string,
  options?: { release?: string | null; history?: ReleaseHistory },
) => Promise<string>;

/** Runs `work` with `prerenderPage` from src/app/prerender.tsx, and closes Vite afterwards. */
export async function withPrerenderer<T>(work: (prerenderPage: PrerenderPage) => Promise<T>) {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { prerenderPage } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
      prerenderPage: PrerenderPage;
    };
    return await work(prerenderPage);
  } finally {
    await server.close();
  }
}
