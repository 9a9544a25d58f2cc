/**
 * Where the time goes: `tsx bench/profile.ts "<what>" [synthetic|published] [--no-map] [--prepare]`.
 * `<what>` is part of the name of one of the benchmark's interactions, or "navigation". Builds
 * the site without minifying (so that functions keep their names) into
 * node_modules/.tmp/dist-profile and records Chromium's sampling profiler over five tries of the
 * interaction (with --prepare, over the steps that get it ready), or over the load of the
 * dashboard up to its first chart; then prints the functions that took the most time, by their own
 * time and with what they call. The map is drawn first unless --no-map is given.
 */
import { build } from 'vite';
import type { CDPSession, Page } from '@playwright/test';
import {
  PUBLISHED_PATH,
  SYNTHETIC_PATH,
  drawMapOnce,
  openDashboard,
  openSite,
  settle,
  settleFully,
} from './browser';
import { largestAccepted } from './synthetic';
import { INTERACTIONS } from './interaction-steps';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [which = '', data = 'synthetic'] = args.filter((a) => !a.startsWith('--'));
const navigation = which === 'navigation';
const interaction = INTERACTIONS.find((i) => i.name.includes(which));
if (!navigation && interaction === undefined)
  throw new Error(
    `no interaction named like “${which}”: navigation; ${INTERACTIONS.map((i) => i.name).join('; ')}`,
  );
const OUT = 'node_modules/.tmp/dist-profile';
const RUNS = 5;
const TOP = Number(process.env.PROFILE_TOP ?? 40);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function startProfiler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

const stopProfiler = async (cdp: CDPSession) =>
  (await cdp.send('Profiler.stop')).profile as Profile;

function report({ nodes, samples, timeDeltas }: Profile, runs: number) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() || '(native)';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  samples.forEach((id, i) => {
    const dt = (timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    all += dt;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / runs).toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  console.log(`busy ${(all / runs).toFixed(1)} ms a try\n\nown time, a try:\n${top(self, 25)}`);
  console.log(`\nwith what they call, a try:\n${top(total, TOP)}`);
}

await build({ logLevel: 'warn', build: { minify: false, outDir: OUT, emptyOutDir: true } });
const synthetic = largestAccepted();
const site = await openSite(OUT, Number(process.env.BENCH_PORT ?? 4191), synthetic.text);
const dataPath = data === 'published' ? PUBLISHED_PATH : SYNTHETIC_PATH;
try {
  if (navigation) {
    let cdp: CDPSession | undefined;
    const { firstChart } = await openDashboard(site, dataPath, async (page) => {
      cdp = await startProfiler(page);
    });
    console.log(`navigation to the first chart, ${data} dataset: ${Math.round(firstChart)} ms`);
    report(await stopProfiler(cdp!), 1);
  } else if (interaction !== undefined) {
    const { page } = await openDashboard(site, dataPath);
    if (!flags.has('--no-map')) await drawMapOnce(page);
    if (flags.has('--prepare')) {
      console.log(`getting ready to ${interaction.name}, ${data} dataset`);
      const cdp = await startProfiler(page);
      await interaction.prepare?.(page);
      await settle(page);
      report(await stopProfiler(cdp), 1);
    } else {
      await interaction.prepare?.(page);
      await settle(page);
      await settleFully(page);
      console.log(`${interaction.name}, ${data} dataset, ${RUNS} tries`);
      const cdp = await startProfiler(page);
      for (let i = 0; i < RUNS; i++) {
        await interaction.before?.(page);
        await interaction.run(page, i);
        await settle(page);
        await settleFully(page);
      }
      report(await stopProfiler(cdp), RUNS);
    }
  }
} finally {
  await site.close();
}
