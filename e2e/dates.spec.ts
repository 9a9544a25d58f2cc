import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, watchConsole } from './helpers';

/** Claims of the published dataset known only to the year, and to the month. */
const YEAR_CLAIM = 'guseinova-2025-personnel';
const MONTH_CLAIM = 'rusi-2024-03-barrels';

const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);

/** The x of a tick label's centre on a chart's time axis. */
async function tickX(chart: Locator, label: string) {
  const box = await chart
    .locator('text', { hasText: new RegExp(`^${label}$`) })
    .first()
    .boundingBox();
  return box!.x + box!.width / 2;
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
});

test('a claim known to the year is drawn across the year, and read as the year', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto(`/?claim=${YEAR_CLAIM}`);
  const casualties = panel(page, 'casualties');
  // The panel follows the selection to the measure of the claim.
  await expect(casualties.getByRole('radio', { name: 'Troops deployed' })).toBeChecked();
  const mark = casualties.locator(`.claim-mark[data-claim="${YEAR_CLAIM}"]`);
  await expect(mark).toHaveAttribute('aria-label', /, 2025; |, 2025$/);
  await expect(mark).not.toHaveAttribute('aria-label', /1 January/);

  // Drawn from the start of 2025 to its end, not as a point on 1 January.
  const chart = casualties.locator('svg.recharts-surface').first();
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  const jan2025 = await tickX(chart, 'Jan 2025');
  const jan2026 = await tickX(chart, 'Jan 2026');
  expect(Math.abs(box.x - jan2025)).toBeLessThan(12);
  expect(Math.abs(box.x + box.width - jan2026)).toBeLessThan(12);

  // The tooltip on hover says when, as precisely as it is known.
  await mark.hover({ position: { x: 20, y: box.height / 2 } });
  const tooltip = casualties.locator('.chart-tooltip');
  await expect(tooltip).toContainText('Claimed by Olena Guseinova');
  await expect(tooltip).toContainText('in 2025');
  await expect(tooltip).not.toContainText('1 January 2025');
  await casualties.screenshot({ path: `${SCREENSHOT_DIR}/dates-year-claim-tooltip.png` });

  // The ledger gives the year, and the details say from when it counts as known.
  const row = panel(page, 'claims').locator(`tr[data-claim="${YEAR_CLAIM}"]`);
  await expect(row.locator('td[data-label="Claimed on"]')).toHaveText('2025');
  const details = page.getByRole('complementary', { name: 'Selected claim' });
  await expect(details).toContainText('Dated only to the year (2025)');
  await expect(details).toContainText('31 December 2025');
  expect(errors).toEqual([]);
});

test('a claim known to the month reads as the month in the ledger, the chart and the PNG', async ({
  page,
}) => {
  await page.goto(`/?claim=${MONTH_CLAIM}`);
  const row = panel(page, 'claims').locator(`tr[data-claim="${MONTH_CLAIM}"]`);
  await expect(row.locator('td[data-label="Claimed on"]')).toHaveText('Mar 2024');
  const oil = panel(page, 'oil');
  await oil.scrollIntoViewIfNeeded();
  const mark = oil.locator(`.claim-mark[data-claim="${MONTH_CLAIM}"]`);
  await expect(mark).toHaveAttribute('aria-label', /according to .*RUSI.*, March 2024/);
  await expect(oil).toContainText('Royal United Services Institute, Mar 2024');
  await mark.hover();
  await expect(oil.locator('.chart-tooltip')).toContainText('in March 2024');
  await expect(oil.locator('.chart-tooltip')).not.toContainText('1 March 2024');

  // The image carries the month as it is drawn on screen, never a first day.
  const svg = (await download(page, oil.getByRole('button', { name: 'SVG', exact: true }))).bytes;
  const text = svg.toString('utf8');
  expect(text).toContain('Mar 2024');
  expect(text).not.toMatch(/\b1 Mar(ch)? 2024/);
  const png = await download(page, oil.getByRole('button', { name: 'PNG', exact: true }));
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  // Shown back in the page, so that a person can look at what the file holds.
  await page.evaluate((b64) => {
    const img = document.createElement('img');
    img.id = 'exported';
    img.src = `data:image/png;base64,${b64}`;
    img.style.cssText = 'position:fixed;inset:0;width:100%;z-index:99;background:#fff';
    document.body.append(img);
  }, png.bytes.toString('base64'));
  await page.locator('#exported').screenshot({ path: `${SCREENSHOT_DIR}/dates-oil-export.png` });
});

test('"known as of" counts a claim known to the month only from the end of that month', async ({
  page,
}) => {
  await page.goto('/?asof=2024-03-30');
  const oil = panel(page, 'oil');
  await expect(oil.locator(`.claim-mark[data-claim="${MONTH_CLAIM}"]`)).toHaveCount(0);
  await page.goto('/?asof=2024-03-31');
  await expect(oil.locator(`.claim-mark[data-claim="${MONTH_CLAIM}"]`)).toHaveCount(1);
  // A link to a claim the date hides says why.
  await page.goto(`/?asof=2024-03-30&claim=${MONTH_CLAIM}`);
  const details = page.getByRole('complementary', { name: 'Selected claim' });
  await expect(details).toContainText('not yet known on 30 March 2024');
  await expect(details).toContainText('Dated only to the month (March 2024)');
});

test('a version 1 file loads, migrated, by file and by link', async ({ page }) => {
  const file = readFileSync('data/releases/2025-09-02.json');
  await page.goto('/');
  await page.getByLabel('Dataset file').setInputFiles({
    name: 'old.json',
    mimeType: 'application/json',
    buffer: file,
  });
  const banner = page.locator('.custom-banner');
  await expect(banner).toContainText('Custom dataset from “old.json”');
  await expect(banner).toContainText('Migrated from version 1.');
  await expect(page.locator('.custom-failure')).toHaveCount(0);

  await page.route(
    (url) => url.pathname === '/old-dataset.json',
    (route) => route.fulfill({ body: file, contentType: 'application/json' }),
  );
  await page.goto('/?data=/old-dataset.json');
  await expect(banner).toContainText('Migrated from version 1.');
  await expect(page.locator('.custom-failure')).toHaveCount(0);
  await expect(
    panel(page, 'claims')
      .getByText(/of 77 claims|77 claims/)
      .first(),
  ).toBeVisible();
});
