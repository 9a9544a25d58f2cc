/**
 * Renders chart panels with many points on one chart, as their embed pages are rendered at
 * build time: `tsx bench/chart-render.ts <points>` prints one JSON line per panel.
 */
import { withPrerenderer } from '../scripts/prerenderer';
import { syntheticDataset } from './synthetic';

const n = Number(process.argv[2]);
/** Each panel with every synthetic claim on the measure it opens on. */
const PANELS = [
  { panel: 'casualties', metric: 'killed' },
  { panel: 'railcars', metric: 'railcars' },
];
await withPrerenderer(async ({ prerenderPage }) => {
  for (const { panel, metric } of PANELS) {
    const text = JSON.stringify(syntheticDataset(n, 1, undefined, [metric]));
    const start = performance.now();
    const html = await prerenderPage(panel, text);
    const ms = performance.now() - start;
    const marks = html.match(/class="claim-mark[ "]/g)?.length ?? 0;
    const note = />([\d,]+) of ([\d,]+) points drawn/.exec(html);
    console.log(
      JSON.stringify({
        panel,
        points: n,
        ms,
        kilobytes: Buffer.byteLength(html) / 1024,
        marks,
        drawn: note?.[1] ?? String(marks),
      }),
    );
  }
});
