import { readFileSync } from 'node:fs';
import { PAGE_SIZE } from '../src/components/use-paged';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot, watchConsole } from './helpers';

const CHART_EMBEDS = ['casualties', 'shipments', 'railcars', 'oil', 'value', 'timeline'] as const;
/** deck.gl and luma.gl: the map's drawing code, loaded only when the map is near or the page idle. */
const DECK_CODE = /\/assets\/(map-canvas|webgl-|gpu-data|get-attribute|array-utils)/;
/** Anything of the map panel, its frame included: a chart's embed needs none of it. */
const MAP_CODE = /\/assets\/(map-|webgl-|gpu-data|get-attribute|array-utils)/;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const id of CHART_EMBEDS) {
    test(`the ${id} embed shows its chart, title and sources`, async ({ page }) => {
      await page.goto(`/embed/${id}/`);
      const panel = page.locator(`section[data-panel="${id}"]`);
      await expect(panel.locator('.panel__title')).not.toBeEmpty();
      await expect(panel.locator('.panel__sources')).toContainText(/\w/);
      await expect(panel.locator('.panel__asof')).toContainText(/Newest (claim|event) shown/);
      const marks = panel.locator(id === 'timeline' ? '.timeline-item' : 'svg [data-claim]');
      expect(await marks.count()).toBeGreaterThan(0);
      // The timeline's strip is plain HTML. Every other chart shows one of its drawings, the
      // one drawn at the widest prerender width that fits its box, on phones and wide screens.
      if (id !== 'timeline')
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          for (const chart of await panel.locator('.claim-chart').all()) {
            const shown = chart.locator('svg.claim-chart__static:visible');
            await expect(shown).toHaveCount(1);
            const box = (await chart.boundingBox())!;
            const drawing = (await shown.boundingBox())!;
            expect(drawing.width).toBeLessThanOrEqual(box.width + 1);
            expect(drawing.width).toBeGreaterThan(box.width * 0.85);
            expect(drawing.height).toBeLessThanOrEqual(box.height + 1);
          }
        }
      if (id === 'casualties' || id === 'oil') await saveScreenshot(page, `no-js-embed-${id}`);
    });
  }

  test('the dashboard shows its headline figures and ledger', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto('/');
    await expect(
      page.locator('[data-panel="overview"]').getByText('more than 100 killed', { exact: true }),
    ).toBeVisible();
    // The ledger's first page and its count; "Show more" needs the script, so it is not offered.
    const claims = JSON.parse(readFileSync('data/dataset.json', 'utf8')).claims.length;
    const ledger = page.locator('[data-panel="claims"]');
    await expect(ledger.locator('tbody tr')).toHaveCount(Math.min(claims, PAGE_SIZE));
    await expect(
      ledger.getByText(`Showing the first ${PAGE_SIZE} of ${claims} claims`),
    ).toBeVisible();
    await expect(ledger.getByRole('button', { name: /more$/ })).toHaveCount(0);
    await saveScreenshot(page, 'no-js-dashboard-phone');
  });
});

test('a chart embed hydrates without errors or layout shift and loads no map code', async ({
  page,
}) => {
  const errors = watchConsole(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
      }[])
        if (!entry.hadRecentInput)
          (window as unknown as { __shift: number }).__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/embed/casualties/');
  const panel = page.locator('section[data-panel="casualties"]');
  // Interactive once hydrated: a mark selects its claim and the URL follows.
  // The live chart replaces the static drawing once the page has hydrated.
  await expect(panel.locator('.claim-chart__static')).toHaveCount(0);
  await panel.locator('.claim-mark[data-claim="nis-2025-09-02-killed"]').click();
  await expect(page).toHaveURL(/claim=nis-2025-09-02-killed/);
  await page.waitForLoadState('networkidle');
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  expect(shift).toBeLessThan(0.01);
  expect(requests.filter((url) => MAP_CODE.test(url))).toEqual([]);
  expect(requests.filter((url) => url.endsWith('/data/dataset.json'))).toEqual([]);
  expect(errors).toEqual([]);
});

/** The centre of every drawn mark of the charts, by claim: in the static drawings shown, or live. */
function markCentres(page: Page, live: boolean) {
  return page.$$eval(
    live ? '.recharts-surface .claim-mark' : 'svg.claim-chart__static .claim-mark',
    (marks) =>
      marks.flatMap((mark) => {
        const box = mark.getBoundingClientRect();
        // A drawing at another width is not displayed: its marks have no box.
        if (box.width === 0 && box.height === 0) return [];
        const chart = mark.closest('.claim-chart')!.getBoundingClientRect();
        const key = `${mark.closest('section')?.getAttribute('data-panel')}:${mark.getAttribute('data-claim')}`;
        return [{ key, x: box.x + box.width / 2 - chart.x, y: box.y + box.height / 2 - chart.y }];
      }),
  );
}

for (const { path, width } of [
  { path: '/embed/casualties/', width: 390 },
  { path: '/embed/railcars/', width: 700 },
  { path: '/', width: 1366 },
])
  test(`at ${width} px, ${path} keeps every mark within 30 px when the live chart takes over`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // Hold the scripts back, to see the page as it is before any of them runs.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold back DOMContentLoaded: wait for the drawings themselves.
    await page.goto(path, { waitUntil: 'commit' });
    await expect(page.locator('svg.claim-chart__static:visible').first()).toBeVisible();
    const before = await markCentres(page, false);
    expect(before.length).toBeGreaterThan(3);
    release();
    await expect(page.locator('.claim-chart__static')).toHaveCount(0, { timeout: 20_000 });
    // The live charts have measured their boxes when two frames in a row place every mark alike.
    const frames = () =>
      page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    let live = await markCentres(page, true);
    await expect(async () => {
      await frames();
      const next = await markCentres(page, true);
      const settled = JSON.stringify(next) === JSON.stringify(live);
      live = next;
      expect(settled).toBe(true);
    }).toPass();
    const after = new Map(live.map((m) => [m.key, m]));
    const moves = before.map((m) => {
      const live = after.get(m.key);
      return live ? Math.hypot(live.x - m.x, live.y - m.y) : Number.POSITIVE_INFINITY;
    });
    console.log(
      `${path} at ${width} px: marks move by at most ${Math.max(...moves).toFixed(1)} px`,
    );
    expect(Math.max(...moves)).toBeLessThanOrEqual(30);
  });

test('the dashboard shows its first chart before it asks for the map code', async ({ page }) => {
  const mapRequests: number[] = [];
  page.on('request', (r) => {
    if (DECK_CODE.test(r.url())) mapRequests.push(Date.now());
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(
    page.locator('section[data-panel="casualties"] svg [data-claim]').first(),
  ).toBeVisible();
  const chartShown = Date.now();
  expect(mapRequests.filter((t) => t < chartShown)).toEqual([]);
});
