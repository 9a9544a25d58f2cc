import { expect, test } from '@playwright/test';
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
      await expect(panel.locator('.panel__asof')).toContainText('Figures as of');
      const marks = panel.locator(id === 'timeline' ? '.timeline-item' : 'svg [data-claim]');
      expect(await marks.count()).toBeGreaterThan(0);
      // The timeline's strip is plain HTML; every other chart is an SVG drawn at full width.
      if (id !== 'timeline') {
        const box = await panel
          .locator('svg[data-claim], svg:has([data-claim])')
          .first()
          .boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
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
    await expect(page.locator('[data-panel="claims"] tbody tr')).toHaveCount(77);
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
  const mark = panel.locator('.claim-mark[data-claim="nis-2025-09-02-killed"]');
  await expect(async () => {
    await mark.click();
    await expect(page).toHaveURL(/claim=nis-2025-09-02-killed/, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  expect(shift).toBeLessThan(0.01);
  expect(requests.filter((url) => MAP_CODE.test(url))).toEqual([]);
  expect(requests.filter((url) => url.endsWith('/data/dataset.json'))).toEqual([]);
  expect(errors).toEqual([]);
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
