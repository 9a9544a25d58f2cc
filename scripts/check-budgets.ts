/**
 * Fails the build when the shipped code or data outgrows its budget (gzipped bytes):
 * a chart's embed page, the dashboard's first load (what its charts wait for), the map's code that
 * follows it, the basemap and the Tumen river, and what a page in another language adds: its
 * catalogue and its fonts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PANEL_IDS } from '../src/lib/panel-ids.ts';

const DIST = resolve(process.env.BUDGET_DIST ?? 'dist');
const KB = 1000;
/** Scales every budget, so that a test can show the check failing on a build that is within them. */
const SCALE = Number(process.env.BUDGET_SCALE ?? 1);
if (!(SCALE > 0 && SCALE <= 1))
  throw new Error('BUDGET_SCALE may only tighten the budgets: 0 < scale ≤ 1');
export const BUDGETS = {
  chartEmbed: 232 * KB * SCALE,
  dashboardFirst: 280 * KB * SCALE,
  dashboardMap: 270 * KB * SCALE,
  basemap: 60 * KB * SCALE,
  river: 3 * KB * SCALE,
  /** One language's catalogue, which only a page in that language loads. */
  catalogue: 20 * KB * SCALE,
  /** A script's fonts, regular and bold, which only a page in its language loads. */
  cyrillicFonts: 12 * KB * SCALE,
  hangulFonts: 80 * KB * SCALE,
};
/** The languages besides English, each with its catalogue's manifest key. */
const CATALOGUES = { Ukrainian: 'src/i18n/compiled/uk.json', Korean: 'src/i18n/compiled/ko.json' };
const CHART_PANELS = PANEL_IDS.filter((id) => !['overview', 'claims', 'map'].includes(id));

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
const manifest = JSON.parse(readFileSync(resolve(DIST, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;
const gz = (file: string) => gzipSync(readFileSync(resolve(DIST, file))).length;

/** Every script reachable from some manifest keys, through static (and optionally dynamic) imports. */
function reachable(starts: string[], dynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
    if (dynamic) for (const next of manifest[key].dynamicImports ?? []) visit(next);
  };
  starts.forEach(visit);
  return seen;
}
const bytes = (keys: Set<string>) =>
  [...keys].reduce((sum, key) => sum + gz(manifest[key]!.file), 0);

/** The manifest key of the chunk that holds a panel's module. */
function panelChunk(panel: string): string | undefined {
  // A panel the dashboard also imports lives in a shared chunk named after it.
  return Object.keys(manifest).find(
    (key) =>
      manifest[key]!.file.endsWith('.js') &&
      (key.includes(`/${panel}-panel`) || key.startsWith(`_${panel}-panel-`)),
  );
}

const rows: { what: string; size: number; budget: number }[] = [];
for (const panel of CHART_PANELS) {
  const chunk = panelChunk(panel);
  if (!chunk) throw new Error(`no chunk holds the ${panel} panel`);
  rows.push({
    what: `embed/${panel}/ script`,
    size: bytes(reachable(['embed.html', chunk], false)),
    budget: BUDGETS.chartEmbed,
  });
}
const firstLoad = reachable(['index.html'], false);
// The map and the drawers; a language's catalogue is counted on its own.
const catalogueKeys = new Set<string>(Object.values(CATALOGUES));
const later = new Set(
  [...reachable(['index.html'], true)].filter(
    (key) => !firstLoad.has(key) && !catalogueKeys.has(key),
  ),
);
rows.push({
  what: 'dashboard script, first load',
  size: bytes(firstLoad),
  budget: BUDGETS.dashboardFirst,
});
rows.push({
  what: 'dashboard script loaded later, map',
  size: bytes(later),
  budget: BUDGETS.dashboardMap,
});
rows.push({
  what: 'basemap data',
  size: gz('basemap/countries-region.json'),
  budget: BUDGETS.basemap,
});
rows.push({
  what: 'Tumen river data',
  size: gz('basemap/tumen.json'),
  budget: BUDGETS.river,
});
for (const [language, key] of Object.entries(CATALOGUES)) {
  if (!manifest[key]) throw new Error(`no chunk holds the ${language} catalogue`);
  rows.push({
    what: `${language} catalogue`,
    size: bytes(new Set([key])),
    budget: BUDGETS.catalogue,
  });
}
// WOFF2 is compressed already: fonts are counted as they are sent.
const fontBytes = (script: string) =>
  [400, 700].reduce(
    (sum, weight) => sum + readFileSync(resolve(DIST, `fonts/${script}-${weight}.woff2`)).length,
    0,
  );
rows.push({ what: 'Cyrillic fonts', size: fontBytes('cyrillic'), budget: BUDGETS.cyrillicFonts });
rows.push({ what: 'Hangul fonts', size: fontBytes('hangul'), budget: BUDGETS.hangulFonts });

let over = 0;
for (const { what, size, budget } of rows) {
  const ok = size <= budget;
  if (!ok) over += 1;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${what.padEnd(34)} ${(size / KB).toFixed(1).padStart(7)} kB gzip (budget ${(budget / KB).toFixed(0)} kB)`,
  );
}
if (over > 0) {
  console.error(`${over} budget${over === 1 ? '' : 's'} exceeded`);
  process.exit(1);
}
