/**
 * `npm run bench`: how long a reader waits. First, in Node, how the time to load a dataset grows
 * with its size: for synthetic datasets of 10³ and 10⁴ claims and the largest file the app
 * accepts (5 MB; generated here, never shipped), JSON.parse alone against parse + validate, +
 * deriving what the first screen shows, and + deriving every panel and the map's layer data,
 * each size in a process of its own for a fair peak memory. Then the casualty and railcar charts
 * rendered with 10⁴ points, as their embed pages are at build time, and the map's layer data for
 * a file of one place per claim. Last, in Chromium on the last build (built first if there is
 * none), the time from each interaction to the next paint (bench/interactions.ts). It prints
 * Markdown tables for the README.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const lines = (script: string, arg?: string) =>
  execFileSync('npx', ['tsx', script, ...(arg === undefined ? [] : [arg])], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
const run = (script: string, arg?: string) => lines(script, arg).at(-1);

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-GB'));
const ratio = (ms: number, parse: number) => `${(ms / parse).toFixed(1)}×`;
console.log(
  '| claims | JSON size | JSON.parse | + validate | + first screen | ratio | + every panel | ratio | peak memory |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of ['1000', '10000', 'limit']) {
  const m = run('bench/measure.ts', size);
  console.log(
    `| ${m.claims.toLocaleString('en-GB')} | ${m.megabytes.toFixed(1)} MB | ${fmt(m.parse)} ms | ${fmt(m.validate)} ms | ${fmt(m.firstScreen)} ms | ${ratio(m.firstScreen, m.parse)} | ${fmt(m.full)} ms | ${ratio(m.full, m.parse)} | ${Math.round(m.peakMegabytes)} MB |`,
  );
}
console.log(
  '\n| chart | points | rendered to HTML, at every prerender width | HTML | marks drawn per width |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const chart of lines('bench/chart-render.ts', '10000'))
  console.log(
    `| ${chart.panel} | ${chart.points.toLocaleString('en-GB')} | ${fmt(chart.ms)} ms | ${Math.round(chart.kilobytes).toLocaleString('en-GB')} kB | ${chart.drawn} |`,
  );
const map = run('bench/map-layers.ts');
console.log(
  `\nMap layer data for ${map.places.toLocaleString('en-GB')} places (one a claim, the largest such file accepted): ${fmt(map.ms)} ms.\n`,
);
if (!existsSync('dist/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
execFileSync('npx', ['tsx', 'bench/interactions.ts'], { stdio: 'inherit' });
