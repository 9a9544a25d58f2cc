import { expect, test } from '@playwright/test';
import { WIDTHS, saveScreenshot, watchConsole, withoutWebGL } from './helpers';

for (const [name, width] of Object.entries(WIDTHS)) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`overview and ledger render at ${name} width (${width}px), ${scheme}`, async ({
      page,
    }) => {
      const errors = watchConsole(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');

      const overview = page.locator('section[data-panel="overview"]');
      await expect(overview.getByRole('heading', { name: 'The headline figures' })).toBeVisible();
      // Headline figures keep their qualifiers and claimants.
      await expect(overview.getByText('about 12,000 troops', { exact: true })).toBeVisible();
      await expect(overview.getByText('more than 100 killed', { exact: true })).toBeVisible();
      await expect(overview.getByText('up to $5.5 billion', { exact: true })).toBeVisible();
      await expect(
        overview.getByText('more than 5 million artillery shells', { exact: true }),
      ).toBeVisible();
      await expect(overview.locator('[data-claim="report-killed"]')).toContainText(
        "South Korea's NIS",
      );

      const ledger = page.locator('section[data-panel="claims"]');
      await expect(ledger.getByRole('table')).toBeVisible();
      await expect(ledger.getByText('Showing the first 20 of 110 claims')).toBeVisible();
      await expect(ledger.locator('tbody tr')).toHaveCount(20);

      // Nothing scrolls sideways but the table's own scroller.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `dashboard-${name}-${scheme}`);
      expect(errors).toEqual([]);
    });
  }
}

test('the ledger filters, searches and sorts', async ({ page }) => {
  await withoutWebGL(page);
  await page.goto('/');
  const ledger = page.locator('section[data-panel="claims"]');
  await ledger.getByLabel('Claimant').selectOption({ label: "South Korea's NIS" });
  await ledger.getByLabel('Measure').selectOption({ label: 'Killed' });
  const rows = ledger.locator('tbody tr');
  await expect(rows.first()).toContainText('about 2,000 killed');
  await expect(ledger.getByText(/Showing 5 of 110 claims/)).toBeVisible();

  await ledger.getByRole('button', { name: /Claimed on/ }).click();
  await expect(rows.first()).toContainText('at least 100 killed');

  await ledger.getByRole('button', { name: 'Clear filters' }).click();
  await ledger.getByRole('searchbox', { name: 'Search' }).fill('Ramstein');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('4,000 killed or wounded');
  await expect(rows.first()).toContainText('President Zelensky');

  // Every word, in any field, whatever the case or digit grouping.
  await ledger.getByRole('searchbox', { name: 'Search' }).fill('nis 15000');
  await expect(rows.filter({ hasText: '15,000 troops' })).toHaveCount(1);
  for (const row of await rows.all()) await expect(row).toContainText("South Korea's NIS");
  await ledger.getByRole('searchbox', { name: 'Search' }).fill('Kursk Oblast killed');
  await expect(ledger.getByText(/^Showing \d+ of 110 claims$/)).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText('Kursk Oblast');

  // By value, each unit is a group of its own: no dollars beside a count of soldiers.
  await ledger.getByRole('button', { name: 'Clear filters' }).click();
  await ledger.getByRole('button', { name: 'Claim', exact: true }).click();
  const groups = ledger.locator('tbody.ledger__group th[scope="rowgroup"]');
  await expect(groups.first()).toBeVisible();
  expect(await groups.allTextContents()).not.toContain('');
});

test('the published dataset and its JSON Schema are served at stable URLs', async ({ request }) => {
  const data = await request.get('/data/dataset.json');
  expect(data.ok()).toBe(true);
  const dataset = await data.json();
  expect(dataset.schemaVersion).toBe(3);
  const schema = await (await request.get('/data/dataset.schema.json')).json();
  expect(schema.$schema).toContain('json-schema.org');
  expect(schema.properties.claims.items.properties.qualifier.enum).toContain('between');
});

test('a link keeps the filters, the date, the selection and the theme across a reload', async ({
  page,
}) => {
  await withoutWebGL(page);
  await page.goto('/');
  const ledger = page.locator('section[data-panel="claims"]');
  await ledger.getByLabel('Claimant').selectOption({ label: "South Korea's NIS" });
  await ledger.getByRole('searchbox', { name: 'Search' }).fill('lawmakers');
  await page.getByLabel('Known as of').fill('2025-01-31');
  await page.getByLabel('Theme').selectOption('dark');
  await ledger.getByRole('button', { name: 'about 300 killed' }).click();
  await expect(page).toHaveURL(/claimant=nis/);
  const url = page.url();
  expect(url).toMatch(/q=lawmakers/);
  expect(url).toMatch(/asof=2025-01-31/);
  expect(url).toMatch(/theme=dark/);
  expect(url).toMatch(/claim=nis-2025-01-13-killed/);

  // The ledger counts only the claims known by that date, once it has caught up with the view.
  const { claims } = await (await page.request.get('/data/dataset.json')).json();
  await expect(ledger.locator('.ledger-count')).not.toContainText(`of ${claims.length} claims`);
  const count = await ledger.locator('.ledger-count').textContent();
  await page.goto(url);
  await expect(ledger.getByLabel('Claimant')).toHaveValue('nis');
  await expect(ledger.getByRole('searchbox', { name: 'Search' })).toHaveValue('lawmakers');
  await expect(page.getByLabel('Known as of')).toHaveValue('2025-01-31');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(ledger.locator('.ledger-count')).toHaveText(count!);
  await expect(page.getByRole('complementary', { name: 'Selected claim' })).toContainText(
    'about 300 killed',
  );
});
