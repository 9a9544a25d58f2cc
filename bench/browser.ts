/**
 * The built site in Chromium, for the interaction benchmark and its profiler: a preview server
 * that also serves a synthetic dataset just under the size limit, and pages that record every
 * input's Event Timing entry and the moment the first chart of a `?data=` dataset is drawn.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';

export const SYNTHETIC_PATH = '/bench/synthetic.json';
export const PUBLISHED_PATH = '/data/dataset.json';

export interface Site {
  origin: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serves `outDir` with the synthetic dataset beside it, and starts Chromium as the e2e tests do. */
export async function openSite(outDir: string, port: number, syntheticText: string): Promise<Site> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
    plugins: [
      {
        name: 'bench-dataset',
        configurePreviewServer(server) {
          server.middlewares.use(SYNTHETIC_PATH, (_req, res) => {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(syntheticText);
          });
        },
      },
    ],
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
    ],
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.httpServer.close(resolve));
    },
  };
}

interface Timed {
  start: number;
  duration: number;
}
type Recorded = Window & { __events: Timed[] };

/** Collects every Event Timing entry of the page from its first moment. */
function observeEvents() {
  const w = window as unknown as Recorded;
  w.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__events.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/** Notes the frame in which the casualty chart first draws marks of a dataset loaded by ?data=. */
function watchFirstChart() {
  const w = window as unknown as { __firstChart?: number };
  const drawn = () =>
    document.querySelector('.custom-banner') !== null &&
    document.querySelector('section[data-panel="casualties"] svg [data-claim]') !== null;
  const observer = new MutationObserver(() => {
    if (!drawn()) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__firstChart = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Opens the dashboard on a dataset given by `?data=`, at 1,366 × 900 px, in a fresh context;
 * returns the page and the milliseconds from navigation to the first chart of that dataset.
 */
export async function openDashboard(
  site: Site,
  dataPath: string,
  /** Called on the site's origin just before the dashboard is opened: to start a profiler. */
  beforeOpening?: (page: Page) => Promise<void>,
) {
  const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  if (beforeOpening) {
    await page.goto(`${site.origin}/favicon.svg`);
    await beforeOpening(page);
  }
  // tsx names functions with a helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  await page.addInitScript(observeEvents);
  await page.addInitScript(watchFirstChart);
  await page.goto(`${site.origin}/?data=${encodeURIComponent(dataPath)}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as { __firstChart?: number }).__firstChart, null, {
    timeout: 60_000,
  });
  const firstChart = await page.evaluate(() => (window as { __firstChart?: number }).__firstChart!);
  return { context, page, firstChart };
}

/**
 * Scrolls the map into view and waits for its first frame, then back to the top. On software
 * WebGL that frame holds the page for seconds, once: interactions are measured after it.
 */
export async function drawMapOnce(page: Page) {
  const stage = page.locator('section[data-panel="map"] .map-stage');
  await stage.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () =>
      ['drawn', 'no-webgl', 'failed'].includes(
        document.querySelector('[data-map-state]')?.getAttribute('data-map-state') ?? '',
      ),
    null,
    { timeout: 120_000 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

export const now = (page: Page) => page.evaluate(() => performance.now());

/** Waits for two frames, then for the observer to have delivered what they produced. */
export const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 60))),
      ),
  );

/**
 * Waits until the page is idle: no task left to run, the last frame painted. Work done in the
 * background, a piece at a time, keeps the page from being idle until it is finished. Returns
 * that moment, on the page's clock.
 */
export const settleFully = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => resolve(performance.now()))),
        ),
      ),
  );

/** The longest input since `since` (just before it was sent), in ms: 0 when all took under 16 ms. */
export const worstSince = (page: Page, since: number) =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as Recorded).__events
          .filter((e) => e.start >= t)
          .map((e) => e.duration),
      ),
    since,
  );
