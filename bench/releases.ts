/**
 * How the build grows with the number of releases: for 2, 5, 10 and 20 releases, the time the
 * prerender step takes (every release gets its own dashboard and embed pages) and the size of
 * dist/. The extra releases are made from the latest by `makeRelease`, one claim's note changed
 * in each, in a copy of data/; dist/ is copied too, so nothing of the project is touched.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR, makeRelease, readReleases } from '../scripts/release-files.ts';

// The build's pages before prerendering: what every count of releases starts from.
const BUILT = mkdtempSync(join(tmpdir(), 'bench-build-'));
execFileSync('npx', ['vite', 'build', '--outDir', BUILT, '--emptyOutDir'], { stdio: 'ignore' });

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

const nextDay = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const rows: string[] = [];
for (const count of [2, 5, 10, 20]) {
  const work = mkdtempSync(join(tmpdir(), 'bench-releases-'));
  const data = join(work, 'data');
  const dist = join(work, 'dist');
  cpSync(DATA_DIR, data, { recursive: true });
  cpSync(BUILT, dist, { recursive: true });
  for (let n = readReleases(data).length; n < count; n++) {
    const path = join(data, 'dataset.json');
    const dataset = JSON.parse(readFileSync(path, 'utf8'));
    dataset.updated = nextDay(dataset.updated);
    dataset.claims[0].note = `A note changed in the synthetic release ${n + 1}.`;
    writeFileSync(path, `${JSON.stringify(dataset, null, 2)}\n`);
    makeRelease(data);
  }
  cpSync(join(data, 'changes.json'), join(dist, 'data', 'changes.json'));
  cpSync(join(data, 'releases'), join(dist, 'data', 'releases'), { recursive: true });
  cpSync(join(data, 'dataset.json'), join(dist, 'data', 'dataset.json'));
  const started = performance.now();
  execFileSync('npx', ['tsx', 'scripts/prerender.ts'], {
    env: { ...process.env, PRERENDER_DIST: dist, PRERENDER_DATA: data },
    stdio: 'ignore',
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = sizeOf(join(dist, 'v'));
  rows.push(
    `| ${count} | ${(count + 1) * 10} | ${seconds.toFixed(1)} s | ${(sizeOf(dist) / 1e6).toFixed(1)} MB | ${(pages / 1e6).toFixed(1)} MB |`,
  );
  console.log(rows.at(-1));
  rmSync(work, { recursive: true, force: true });
}
console.log(
  [
    '',
    '| releases | pages | prerender | dist/ | of which /v/ |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n'),
);
