/**
 * `npm run bench`: how the time to load a dataset grows with its size. For synthetic datasets
 * of 10³, 10⁴ and 10⁵ claims (generated here, never shipped), it compares JSON.parse alone with
 * parse + validate + deriving every panel's rows and the map's layer data, each size in a
 * process of its own for a fair peak memory; renders the casualty and railcar charts with 10⁴
 * points on one chart, as their embed pages are rendered; and builds map layer data for 10⁵ places.
 * It prints a Markdown table for the README.
 */
import { execFileSync } from 'node:child_process';

const lines = (script: string, arg: number) =>
  execFileSync('npx', ['tsx', script, String(arg)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
const run = (script: string, arg: number) => lines(script, arg).at(-1);

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-GB'));
console.log(
  '| claims | JSON size | JSON.parse | + validate | + derive every panel | ratio to parse | peak memory |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const n of [1_000, 10_000, 100_000]) {
  const m = run('bench/measure.ts', n);
  console.log(
    `| ${n.toLocaleString('en-GB')} | ${m.megabytes.toFixed(1)} MB | ${fmt(m.parse)} ms | ${fmt(m.validate)} ms | ${fmt(m.full)} ms | ${(m.full / m.parse).toFixed(1)}× | ${Math.round(m.peakMegabytes)} MB |`,
  );
}
console.log(
  '\n| chart | points | rendered to HTML, at every prerender width | HTML | marks drawn per width |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const chart of lines('bench/chart-render.ts', 10_000))
  console.log(
    `| ${chart.panel} | ${chart.points.toLocaleString('en-GB')} | ${fmt(chart.ms)} ms | ${Math.round(chart.kilobytes).toLocaleString('en-GB')} kB | ${chart.drawn} |`,
  );
const map = run('bench/map-layers.ts', 100_000);
console.log(
  `\nMap layer data for ${map.places.toLocaleString('en-GB')} places: ${fmt(map.ms)} ms.`,
);
