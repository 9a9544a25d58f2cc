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

/**
 * Runs `work` with `prerenderPage` and `pageFontCss` from src/app/prerender.tsx, and closes Vite
 * afterwards.
 */
export async function withPrerenderer<T>(
  work: (prerenderPage: PrerenderPage, pageFontCss: PageFontCss) => Promise<T>,
) {
  const server = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { prerenderPage, pageFontCss } = (await server.ssrLoadModule(
      '/src/app/prerender.tsx',
    )) as { prerenderPage: PrerenderPage; pageFontCss: PageFontCss };
    return await work(prerenderPage, pageFontCss);
  } finally {
    await server.close();
  }
}
