/**
 * How long a reader waits after each thing they do, in Chromium, on the built site (run by
 * `npm run bench`; `tsx bench/interactions.ts` alone). Playwright drives the dashboard with real
 * input, each dataset loaded by `?data=`: the published one, and a synthetic one just under the
 * size limit. The Event Timing API (type "event", threshold 16 ms) reports how long each input
 * took until the next frame was painted; a try with no entry took under 16 ms. It prints the
 * median and the worst of each interaction as a Markdown table. BENCH_DATA=published or
 * BENCH_DATA=synthetic measures one dataset only; BENCH_TRIES sets the number of tries;
 * BENCH_ONLY=<part of a name> measures one interaction.
 */
import {
  PUBLISHED_PATH,
  SYNTHETIC_PATH,
  drawMapOnce,
  now,
  openDashboard,
  openSite,
  settle,
  settleFully,
  worstSince,
  type Site,
} from './browser';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { largestAccepted } from './synthetic';
import { INTERACTIONS, type Interaction } from './interaction-steps';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
/** BENCH_ONLY=<part of a name> measures that interaction alone. */
const ONLY = process.env.BENCH_ONLY;
const CHOSEN = INTERACTIONS.filter((i) => ONLY === undefined || i.name.includes(ONLY));
const TRIES = Number(process.env.BENCH_TRIES ?? 20);

interface Times {
  /** The longest input of each try, until the next paint. */
  input: number[];
  /** Each try until the page is idle again: every panel shows the change. */
  done: number[];
}

async function tryEach(page: Page, interactions: readonly Interaction[]) {
  const results = new Map<string, Times>();
  for (const interaction of interactions) {
    await interaction.prepare?.(page);
    await settleFully(page);
    const times: Times = { input: [], done: [] };
    for (let i = 0; i < TRIES; i++) {
      await interaction.before?.(page);
      await settleFully(page);
      const start = await now(page);
      await interaction.run(page, i);
      times.done.push((await settleFully(page)) - start);
      await settle(page);
      times.input.push(await worstSince(page, start));
    }
    if (process.env.BENCH_VERBOSE)
      console.error(
        interaction.name,
        times.input.join(' '),
        '| idle',
        times.done.map(Math.round).join(' '),
      );
    results.set(interaction.name, times);
  }
  return results;
}

/**
 * The first chart of a fresh page, TRIES times; then every interaction, first at the top of the
 * page before the map has been drawn (those away from the map), then with the map drawn.
 */
async function measure(site: Site, dataPath: string) {
  const firsts: number[] = [];
  for (let i = 0; i < TRIES; i++) {
    const { context, firstChart } = await openDashboard(site, dataPath);
    firsts.push(firstChart);
    await context.close();
  }
  const { context, page } = await openDashboard(site, dataPath);
  const beforeMap = await tryEach(
    page,
    CHOSEN.filter((i) => !i.byTheMap),
  );
  await drawMapOnce(page);
  const withMap = await tryEach(page, CHOSEN);
  await context.close();
  return { firsts, beforeMap, withMap };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (x < 16 ? '< 16 ms' : `${Math.round(x).toLocaleString('en-GB')} ms`);
const cells = (xs: number[]) => `${ms(median(xs))} | ${ms(Math.max(...xs))}`;

const synthetic = largestAccepted();
const publishedClaims = (
  JSON.parse(readFileSync('data/dataset.json', 'utf8')) as { claims: unknown[] }
).claims.length;
const site = await openSite(process.env.BENCH_DIST ?? 'dist', PORT, synthetic.text);
try {
  const size = (Buffer.byteLength(synthetic.text) / 1e6).toFixed(1);
  const wanted = process.env.BENCH_DATA;
  const sets = [];
  if (wanted !== 'synthetic')
    sets.push({
      title: `The published dataset (${publishedClaims} claims)`,
      times: await measure(site, PUBLISHED_PATH),
    });
  if (wanted !== 'published')
    sets.push({
      title: `A synthetic dataset of ${synthetic.claims.toLocaleString('en-GB')} claims (${size} MB)`,
      times: await measure(site, SYNTHETIC_PATH),
    });
  for (const { title, times } of sets) {
    console.log(`\n${title}, ${TRIES} tries each:\n`);
    console.log(
      '| interaction | before the map is drawn: median | worst | with the map drawn: median | worst | until the page is idle: median | worst |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const { name } of CHOSEN) {
      const before = times.beforeMap.get(name);
      const after = times.withMap.get(name)!;
      console.log(
        `| ${name} | ${before ? cells(before.input) : '| '} | ${cells(after.input)} | ${cells(after.done)} |`,
      );
    }
    console.log(
      `| navigation to the first chart, dataset by \`?data=\` | ${cells(times.firsts)} | | | | |`,
    );
  }
} finally {
  await site.close();
}
