/**
 * The build's renderer of pages, loaded through Vite (so the app's modules, styles and aliases
 * resolve as in the browser build), for the prerender step and the benchmark.
 */
import { createServer } from 'vite';

import type { ReleaseHistory } from '../src/dataset/releases.ts';
import type { Locale } from '../src/i18n/locale.ts';

export type PrerenderPage = (
  page: string,
  datasetText: string,
  options?: { release?: string | null; history?: ReleaseHistory; locale?: Locale },
) => Promise<string>;

/** The CSS of a language's fonts, first in the given font stack. */
export type PageFontCss = (locale: Locale, stack: string) => string;

/** A page's title and description in a language. */
export type PageHead = (
  page: string,
  locale: Locale,
) => Promise<{ title: string; description: string }>;

interface Prerenderer {
  prerenderPage: PrerenderPage;
  pageFontCss: PageFontCss;
  pageHead: PageHead;
}

/** Runs `work` with the renderer of src/app/prerender.tsx, and closes Vite afterwards. */
export async function withPrerenderer<T>(work: (renderer: Prerenderer) => Promise<T>) {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await work(
      (await server.ssrLoadModule('/src/app/prerender.tsx')) as unknown as Prerenderer,
    );
  } finally {
    await server.close();
  }
}
