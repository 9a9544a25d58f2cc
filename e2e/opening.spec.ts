import { expect, test } from '@playwright/test';
import { saveScreenshot, watchConsole } from './helpers';

test('on a laptop the lead chart is above the fold, beside the report and the newest claims', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const overview = page.locator('section[data-panel="overview"]');
  const lead = page.locator('section[data-panel="casualties"]');
  const chart = lead.locator('.claim-chart');
  await expect(chart.locator('.claim-mark').first()).toBeVisible();

  const chartBox = (await chart.boundingBox())!;
  expect(chartBox.y + chartBox.height).toBeLessThanOrEqual(900);
  const overviewBox = (await overview.boundingBox())!;
  expect(chartBox.x).toBeGreaterThan(overviewBox.x + overviewBox.width);

  // The report's figure and the newest claim on one row, in the same type.
  const killed = overview.locator('.headline[data-claim="report-killed"]');
  const [report, newest] = [
    killed.locator('.headline__cell--report .headline__figure'),
    killed.locator('.headline__cell--newer .headline__figure'),
  ];
  await expect(report).toHaveText('>100');
  await expect(newest).toHaveText('≈2,000');
  const size = (l: typeof report) => l.evaluate((e) => getComputedStyle(e).fontSize);
  expect(await size(report)).toBe(await size(newest));
  await expect(killed.locator('.headline__cell--newer')).toContainText('2 September 2025');

  // The lead chart stays in view beside the figures, and only beside them.
  await page.mouse.wheel(0, 600);
  await expect.poll(async () => (await lead.boundingBox())!.y).toBeLessThan(20);
  const ledgerButton = page
    .locator('section[data-panel="claims"]')
    .getByRole('button', { name: 'Clear filters' });
  await ledgerButton.scrollIntoViewIfNeeded();
  await expect(ledgerButton).toBeInViewport();
  // Nothing of the lead chart lies over the ledger.
  const onTop = await ledgerButton.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && button.contains(hit);
  });
  expect(onTop).toBe(true);

  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'opening-1366');
  expect(errors).toEqual([]);
});

test('on a phone the controls fold behind one button that names the filters', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?asof=2025-01-31');
  const toggle = page.getByRole('button', { name: /view options/i });
  await expect(toggle).toContainText('Showing known as of 31 Jan 2025');
  const asOf = page.getByLabel('Known as of');
  await expect(asOf).toBeHidden();
  // The headline figures begin on the first screen.
  const firstRow = page.locator('section[data-panel="overview"] .headline').first();
  expect((await firstRow.boundingBox())!.y).toBeLessThan(600);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(asOf).toBeVisible();
  await expect(asOf).toHaveValue('2025-01-31');
  await saveScreenshot(page, 'opening-390-controls-open');
});
