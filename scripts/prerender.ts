/**
 * Prerenders the built pages: the dashboard's first view and every panel's embed page get their
 * panels as static HTML (charts as inline SVG) and carry the dataset they were rendered from, so
 * a chart appears before any script runs, and hydrates into the interactive panel without a jump.
 * Every release of the dataset gets the same pages, pinned at /v/<id>/, rendered from the
 * release as it was published. Each has its pages in each other language too, at /uk/,
 * /uk/embed/<panel>/ and /v/<id>/uk/, with that language's title and fonts in their head, so that
 * they read in it without the script. Runs after `vite build`, on the files in dist/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PANEL_IDS } from '../src/lib/panel-ids.ts';
import { INLINE_DATASET_ID, INLINE_HISTORY_ID } from '../src/lib/inline-dataset.ts';
import type { ReleaseHistory } from '../src/dataset/releases.ts';
import { withPrerenderer } from './prerenderer.ts';
import { LOCALES, type Locale } from '../src/i18n/locale.ts';
import { readReleases } from './release-files.ts';

const DIST = resolve(process.env.PRERENDER_DIST ?? 'dist');
const datasetText = readFileSync(resolve(DIST, 'data/dataset.json'), 'utf8');
const historyText = readFileSync(resolve(DIST, 'data/changes.json'), 'utf8');
const history = JSON.parse(historyText) as ReleaseHistory;

/** JSON inside a script element: a "</script>" in the data must not end the element. */
const inlineJson = (text: string) => JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const inlineScript = (id: string, text: string) =>
  `<script type="application/json" id="${id}">${inlineJson(text)}</script>`;

const PAGES = [
  { page: 'dashboard' as const, file: 'index.html' },
  ...PANEL_IDS.map((id) => ({ page: id, file: `embed/${id}/index.html` })),
];
const templates = new Map(
  PAGES.map(({ file }) => [file, readFileSync(resolve(DIST, file), 'utf8')]),
);

/** The latest at the root, then each release at /v/<id>/; each in English and at <lang>/. */
const editions: { release: string | null; text: string; prefix: string; locale: Locale }[] = [
  { release: null, text: datasetText, prefix: '' },
  ...readReleases(process.env.PRERENDER_DATA).map((r) => ({
    release: r.id,
    text: r.text,
    prefix: `v/${r.id}/`,
  })),
].flatMap((edition) =>
  LOCALES.map((locale) => ({
    ...edition,
    prefix: locale === 'en' ? edition.prefix : `${edition.prefix}${locale}/`,
    locale,
  })),
);

/** The page's font stack, as its built style sheet declares it, for a language's fonts to lead. */
function builtFontStack(): string {
  for (const file of readdirSync(resolve(DIST, 'assets')).filter((f) => f.endsWith('.css'))) {
    const stack = /--font:([^;}]+)/.exec(readFileSync(resolve(DIST, 'assets', file), 'utf8'));
    if (stack) return stack[1]!.trim();
  }
  throw new Error('no built style sheet declares --font');
}

await withPrerenderer(async ({ prerenderPage, pageFontCss, pageHead }) => {
  const stack = builtFontStack();
  for (const { release, text, prefix, locale } of editions)
    for (const { page, file } of PAGES) {
      const html = templates.get(file)!;
      const body = await prerenderPage(page, text, { release, history, locale });
      const data = `${inlineScript(INLINE_DATASET_ID, text)}\n    ${inlineScript(INLINE_HISTORY_ID, historyText)}`;
      let out = html.replace('<div id="root"></div>', `<div id="root">${body}</div>\n    ${data}`);
      if (out === html) throw new Error(`${file} has no empty #root to fill`);
      if (release !== null)
        out = out.replace('<html lang="en"', `<html lang="en" data-release="${release}"`);
      if (locale !== 'en') {
        out = out.replace('<html lang="en"', `<html lang="${locale}"`);
        const fonts = `<style data-fonts="${locale}">${pageFontCss(locale, stack)}</style>`;
        const head = await pageHead(page, locale);
        out = out
          .replace('</head>', `  ${fonts}\n  </head>`)
          .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
          .replace(
            /(<meta\s+name="description"\s+content=")[^"]*(")/,
            `$1${escapeHtml(head.description)}$2`,
          );
      }
      const path = resolve(DIST, prefix + file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, out);
      console.log(
        `prerendered ${prefix}${file} (${(Buffer.byteLength(body) / 1024).toFixed(1)} KB of HTML)`,
      );
    }
});
