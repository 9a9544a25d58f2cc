import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR, WIDTHS, saveScreenshot, watchConsole } from './helpers';

const PANELS = ['casualties', 'shipments', 'railcars', 'oil', 'value', 'timeline'] as const;

const panel = (page: Page, id: string) => page.locator(`section[data-panel="${id}"]`);
const mark = (page: Page, id: string, claim: string) =>
  panel(page, id).locator(`.claim-mark[data-claim="${claim}"]`);
/** A mark's short figure, drawn beside it. */
const markLabel = (page: Page, id: string, claim: string) =>
  panel(page, id).locator(`.claim-mark-group[data-claim="${claim}"] .mark-label`);

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const [name, width] of Object.entries(WIDTHS)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the six chart panels render at ${name} width (${width}px), ${scheme}`, async ({
      page,
    }) => {
      const errors = watchConsole(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');

      for (const id of PANELS) {
        const section = panel(page, id);
        await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
        await expect(section.locator('.panel__asof')).toContainText(/Newest (claim|event) shown/);
        if (id !== 'timeline') {
          await expect(section.locator('.claim-mark, .claim-chip').first()).toBeVisible();
          await expect(section.locator('details.chart-data table')).toHaveCount(1);
        }
        // Charts fit their panel: nothing is cut off at the right edge.
        const box = await section.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        await section.scrollIntoViewIfNeeded();
        await section.screenshot({ path: `${SCREENSHOT_DIR}/charts-${id}-${name}-${scheme}.png` });
      }
      // Figures keep their qualifiers on the marks.
      await expect(markLabel(page, 'value', 'report-arms-earnings')).toHaveText('≤$5.5 bn');
      await expect(markLabel(page, 'railcars', 'csis-tumangang-2024-06-17')).toHaveText('≈255');

      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `charts-page-${name}-${scheme}`);
      expect(errors).toEqual([]);
    });
  }
}

test('a link to a claim selects it and the casualties chart highlights it', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/?claim=nis-2025-01-13-killed');
  const card = page.getByRole('complementary', { name: 'Selected claim' });
  await expect(card).toContainText("South Korea's NIS");
  await expect(card).toContainText('about 300 killed');
  await expect(card.getByRole('link', { name: 'CNA' })).toHaveAttribute(
    'href',
    /channelnewsasia\.com/,
  );

  const selected = mark(page, 'casualties', 'nis-2025-01-13-killed');
  await expect(selected).toHaveAttribute('data-selected', '');
  await expect(selected).toHaveAttribute('aria-pressed', 'true');
  await expect(markLabel(page, 'casualties', 'nis-2025-01-13-killed')).toHaveText('≈300');
  await expect(
    panel(page, 'casualties').getByRole('radio', { name: 'Killed', exact: true }),
  ).toBeChecked();
  await panel(page, 'casualties').scrollIntoViewIfNeeded();
  await panel(page, 'casualties').screenshot({
    path: `${SCREENSHOT_DIR}/charts-casualties-selected.png`,
  });
  expect(errors).toEqual([]);
});

test('"known as of" hides later claims from the chart and its table', async ({ page }) => {
  await page.goto('/?asof=2024-12-23');
  const casualties = panel(page, 'casualties');
  await expect(mark(page, 'casualties', 'report-killed')).toBeVisible();
  await expect(casualties.locator('[data-claim="nis-2025-01-13-killed"]')).toHaveCount(0);
  await expect(casualties.locator('[data-claim="nis-2025-09-02-killed"]')).toHaveCount(0);

  await casualties.getByText(/Show the data/).click();
  const table = casualties.locator('details.chart-data table');
  await expect(table).toContainText('more than 100 killed');
  await expect(table).not.toContainText('about 300 killed');
  await expect(table).not.toContainText('2025');
  await expect(casualties.locator('.panel__asof')).toContainText('23 December 2024');
});

test('clicking marks selects claims, updates the URL, and back restores the previous one', async ({
  page,
}) => {
  await page.goto('/');
  const first = mark(page, 'casualties', 'nis-2025-04-30-killed');
  await first.locator('.claim-mark__hit').click();
  await expect(page).toHaveURL(/[?&]claim=nis-2025-04-30-killed/);
  await expect(first).toHaveAttribute('data-selected', '');

  const second = mark(page, 'railcars', 'csis-khasan-2024-06-17');
  await second.locator('.claim-mark__hit').click();
  await expect(page).toHaveURL(/[?&]claim=csis-khasan-2024-06-17/);
  await expect(second).toHaveAttribute('data-selected', '');
  await expect(first).not.toHaveAttribute('data-selected', '');
  await expect(page.getByRole('complementary', { name: 'Selected claim' })).toContainText(
    'about 150 railcars',
  );

  await page.goBack();
  await expect(page).toHaveURL(/[?&]claim=nis-2025-04-30-killed/);
  await expect(first).toHaveAttribute('data-selected', '');
  await expect(second).not.toHaveAttribute('data-selected', '');
});

test('hovering a mark shows its claim in a tooltip', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await panel(page, 'oil').scrollIntoViewIfNeeded();
  await mark(page, 'oil', 'osc-oil-barrels').locator('.claim-mark__hit').hover();
  const tooltip = panel(page, 'oil').locator('.chart-tooltip');
  await expect(tooltip).toContainText('more than 1 million barrels of refined oil products');
  await expect(tooltip).toContainText('Open Source Centre');
  await panel(page, 'oil').screenshot({ path: `${SCREENSHOT_DIR}/charts-oil-tooltip.png` });
});

test('keyboard: Tab reaches a mark, its details show, Enter selects it', async ({ page }) => {
  await page.goto('/');
  const casualties = panel(page, 'casualties');
  await casualties.getByRole('radio', { name: 'Killed', exact: true }).focus();
  await page.keyboard.press('Tab');
  const focused = casualties.locator('.claim-mark:focus');
  await expect(focused).toHaveCount(1);
  const claim = await focused.getAttribute('data-claim');
  expect(claim).toBeTruthy();
  await expect(casualties.locator('.chart-details')).toContainText('Claimed by');
  await expect(casualties.locator('.chart-details a')).toHaveCount(1);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]claim=${claim}`));
  await expect(mark(page, 'casualties', claim!)).toHaveAttribute('aria-pressed', 'true');
  await casualties.screenshot({ path: `${SCREENSHOT_DIR}/charts-casualties-keyboard.png` });
});
