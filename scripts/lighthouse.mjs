// `npm run lighthouse`: Lighthouse (desktop) on the built embed pages of the charts, served by
// `vite preview`. Prints the scores and fails when performance is under 0.95, or accessibility
// or best practices under 1. Build first (npm run build).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';

const PORT = 4190;
const PAGES = ['casualties', 'shipments', 'railcars', 'oil', 'value', 'timeline'].map(
  (id) => `/embed/${id}/`,
);
const MIN = { performance: 0.95, accessibility: 1, 'best-practices': 1 };

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
await new Promise((resolve) => setTimeout(resolve, 2500));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  userDataDir: mkdtempSync(join(tmpdir(), 'lighthouse-')),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
let failed = 0;
try {
  console.log('| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const page of PAGES) {
    const result = await lighthouse(
      `http://127.0.0.1:${PORT}${page}`,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      desktop,
    );
    const { categories: c, audits: a } = result.lhr;
    const scores = {
      performance: c.performance.score,
      accessibility: c.accessibility.score,
      'best-practices': c['best-practices'].score,
    };
    for (const [key, min] of Object.entries(MIN)) if ((scores[key] ?? 0) < min) failed += 1;
    console.log(
      `| ${page} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${a['first-contentful-paint'].displayValue} | ${a['largest-contentful-paint'].displayValue} | ${a['total-blocking-time'].displayValue} | ${a['cumulative-layout-shift'].displayValue} |`,
    );
  }
} finally {
  await chrome.kill();
  process.kill(-server.pid);
}
process.exit(failed === 0 ? 0 : 1);
