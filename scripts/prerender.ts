/**
 * Prerenders the built pages: the dashboard's first view and every panel's embed page get their
 * panels as static HTML (charts as inline SVG) and carry the dataset they were rendered from, so
 * a chart appears before any script runs, and hydrates into the interactive panel without a jump.
 * Runs after `vite build`, on the files in dist/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PANEL_IDS } from '../src/lib/panel-ids.ts';
import { INLINE_DATASET_ID } from '../src/lib/inline-dataset.ts';
import { withPrerenderer } from './prerenderer.ts';

const DIST = resolve(process.env.PRERENDER_DIST ?? 'dist');
const datasetText = readFileSync(resolve(DIST, 'data/dataset.json'), 'utf8');

/** JSON inside a script element: a "</script>" in the data must not end the element. */
const inlineJson = (text: string) => JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');

await withPrerenderer(async (prerenderPage) => {
  const pages = [
    { page: 'dashboard' as const, file: 'index.html' },
    ...PANEL_IDS.map((id) => ({ page: id, file: `embed/${id}/index.html` })),
  ];
  for (const { page, file } of pages) {
    const path = resolve(DIST, file);
    const html = readFileSync(path, 'utf8');
    const body = await prerenderPage(page, datasetText);
    const data = `<script type="application/json" id="${INLINE_DATASET_ID}">${inlineJson(datasetText)}</script>`;
    const out = html.replace('<div id="root"></div>', `<div id="root">${body}</div>\n    ${data}`);
    if (out === html) throw new Error(`${file} has no empty #root to fill`);
    writeFileSync(path, out);
    console.log(`prerendered ${file} (${(Buffer.byteLength(body) / 1024).toFixed(1)} KB of HTML)`);
  }
});
