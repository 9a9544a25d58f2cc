import { expect, test, type Page } from '@playwright/test';
import { MALFORMED_CASES } from '../src/dataset/malformed-corpus';
import { fixtureDataset } from '../src/testing/fixture';
import { syntheticDataset } from '../bench/synthetic';
import { saveScreenshot, watchConsole } from './helpers';

/** A figure only the published dataset has, on its headline card. */
const publishedFigure = (page: Page) =>
  page.locator('[data-panel="overview"]').getByText('about 12,000 troops', { exact: true });

const asFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

test('a valid custom dataset is shown under a banner, and the published data comes back', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(publishedFigure(page)).toBeVisible();
  await page
    .getByLabel('Dataset file')
    .setInputFiles(asFile('mine.json', JSON.stringify(fixtureDataset())));

  const banner = page.locator('.custom-banner');
  await expect(banner).toContainText(
    'Custom dataset from “mine.json”. These are not the published figures.',
  );
  await expect(page.locator('.site-header')).toContainText('Fixture dataset');
  await expect(
    page.locator('[data-panel="overview"]').getByText('more than 100 killed', { exact: true }),
  ).toBeVisible();
  await saveScreenshot(page, 'custom-dataset-banner');

  await banner.getByRole('button', { name: 'Back to the published data' }).click();
  await expect(banner).toHaveCount(0);
  await expect(publishedFigure(page)).toBeVisible();
  expect(errors).toEqual([]);
});

test('every broken dataset of the corpus gets its own message, and the published figures stay', async ({
  page,
}) => {
  await page.goto('/');
  await expect(publishedFigure(page)).toBeVisible();
  const input = page.getByLabel('Dataset file');
  const alert = page.locator('.custom-failure');
  for (const [i, c] of MALFORMED_CASES.entries()) {
    await input.setInputFiles(asFile(`case-${i}.json`, c.text(fixtureDataset())));
    await expect(alert, c.name).toContainText(`case-${i}.json`);
    await expect(alert.locator('li', { hasText: c.path }).first(), c.name).toContainText(c.message);
    await expect(publishedFigure(page)).toBeVisible();
    await expect(page.locator('.custom-banner')).toHaveCount(0);
    if (i === 0) await saveScreenshot(page, 'custom-dataset-error');
  }
});

test('a dataset linked with ?data= loads under the banner; a bad link is refused before any request', async ({
  page,
}) => {
  await page.goto('/?data=/data/dataset.json');
  await expect(page.locator('.custom-banner')).toContainText('/data/dataset.json');

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/?data=javascript:alert(1)');
  await expect(page.getByRole('alert')).toContainText(
    'Only http and https links can be loaded; this one uses javascript.',
  );
  await expect(publishedFigure(page)).toBeVisible();
  expect(requests.filter((u) => u.startsWith('javascript:'))).toEqual([]);

  await page.goto('/?data=/no-such-file.json');
  await expect(page.getByRole('alert')).toContainText('No dataset at', { timeout: 20_000 });
  await expect(publishedFigure(page)).toBeVisible();
});

test('markup inside a custom dataset is shown as text and never runs', async ({ page }) => {
  const dataset = fixtureDataset();
  dataset.claims[0]!.note = '<img src=x onerror="window.__ran=1">';
  dataset.title = '<script>window.__ran=2</script>Title';
  await page.goto('/');
  await page
    .getByLabel('Dataset file')
    .setInputFiles(asFile('markup.json', JSON.stringify(dataset)));
  await expect(page.locator('.site-header')).toContainText('<script>window.__ran=2</script>Title');
  const ledger = page.locator('[data-panel="claims"]');
  await expect(ledger.getByText('<img src=x onerror="window.__ran=1">')).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __ran?: number }).__ran),
  ).toBeUndefined();
});

test('a dataset of 10,000 claims on one measure draws a thinned chart that says so, and pages its tables', async ({
  page,
}) => {
  const errors = watchConsole(page);
  await page.goto('/');
  await expect(publishedFigure(page)).toBeVisible();
  const large = JSON.stringify(syntheticDataset(10_000, 1, undefined, ['killed']));
  await page.getByLabel('Dataset file').setInputFiles(asFile('large.json', large));
  await expect(page.locator('.custom-banner')).toBeVisible();

  const casualties = page.locator('[data-panel="casualties"]');
  const note = casualties.locator('svg .thinned-note');
  await expect(note).toBeVisible();
  // The whole note, whether it fits the chart or is shortened with the rest in its tooltip.
  const noteText = await note.evaluate(
    (el) => el.querySelector('title')?.textContent ?? el.textContent,
  );
  expect(noteText).toMatch(
    /^[\d,]{3,5} of 10,000 points drawn: overlaps drawn once, then one in \d+ by date; the table lists every claim$/,
  );
  const marks = await casualties.locator('svg .claim-mark').count();
  expect(marks).toBeGreaterThan(100);
  expect(marks).toBeLessThanOrEqual(1_000);
  await casualties.locator('.chart-frame').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'custom-dataset-10000-claims');
  await expect(casualties.getByText('Show the data (10,000 claims)')).toBeVisible();
  await casualties.getByText('Show the data (10,000 claims)').click();
  await expect(casualties.locator('.chart-data__table tbody tr')).toHaveCount(20);
  await casualties.getByRole('button', { name: 'Show 20 more' }).click();
  await expect(casualties.locator('.chart-data__table tbody tr')).toHaveCount(40);

  const ledger = page.locator('[data-panel="claims"]');
  await expect(ledger.getByText('Showing the first 20 of 10,000 claims')).toBeVisible();
  expect(errors).toEqual([]);
});
