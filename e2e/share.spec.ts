import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readPngText } from '../src/lib/png-text';
import { fixtureDataset } from '../src/testing/fixture';
import { saveScreenshot } from './helpers';
import { waitForMap } from './map-helpers';

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The words an SVG draws, one string, as a reader of the image sees them. */
const svgWords = (page: Page, svg: string) =>
  page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
  }, svg);

const CHART_PANELS = [
  'overview',
  'casualties',
  'shipments',
  'railcars',
  'oil',
  'value',
  'timeline',
] as const;

test.describe('what was chosen travels with what is shared', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('Injured at high confidence: the address, PNG, SVG, CSV, Embed code and citation all say so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const panel = page.locator('section[data-panel="casualties"]');
    await panel.getByRole('radio', { name: 'Injured', exact: true }).check();
    await page.getByLabel('Confidence').selectOption('high');
    await expect(page).toHaveURL(/[?&]measure=injured(&|$)/);
    await expect(page).toHaveURL(/[?&]confidence=high(&|$)/);
    await panel.scrollIntoViewIfNeeded();

    const png = await download(page, panel.getByRole('button', { name: 'PNG', exact: true }));
    expect(png.name).toMatch(/^casualties-injured-high-confidence-\d{4}(-\d{2}){0,2}\.png$/);
    const words = readPngText(new Uint8Array(png.bytes));
    expect(words.Title).toBe('North Korean troops and casualties, as claimed');
    expect(words.Description).toContain('Measure: Injured · High-confidence claims only');
    expect(words.Source).toMatch(/measure=injured/);
    expect(words.Source).toMatch(/confidence=high/);

    const svg = await download(page, panel.getByRole('button', { name: 'SVG', exact: true }));
    expect(svg.name).toBe(png.name.replace(/\.png$/, '.svg'));
    const drawn = await svgWords(page, svg.bytes.toString('utf8'));
    expect(drawn).toContain('Measure: Injured · High-confidence claims only');

    const csv = await download(page, panel.getByRole('button', { name: 'CSV', exact: true }));
    expect(csv.name).toBe(png.name.replace(/\.png$/, '.csv'));
    const [header, ...rows] = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const columns = header!.split(',');
    const measure = columns.indexOf('measure');
    const confidence = columns.indexOf('confidence');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // No cell of these columns holds a comma or quote, so a plain split reads them.
      const cells = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      expect(cells[measure]).toBe('Injured');
      expect(cells[confidence]).toBe('high');
    }

    await panel.getByRole('button', { name: 'Embed', exact: true }).click();
    const snippet = panel.getByLabel('Embed code');
    await expect(snippet).toHaveValue(/measure=injured/);
    await expect(snippet).toHaveValue(/confidence=high/);
    await panel.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet.inputValue());

    await panel.getByRole('button', { name: 'Cite', exact: true }).click();
    const cite = panel.getByLabel('Cite this panel');
    await expect(cite).toHaveValue(/Measure: Injured; High-confidence claims only/);
    await expect(cite).toHaveValue(/measure=injured/);

    // The embed the snippet names shows the same view.
    const src = /src="([^"]+)"/.exec(copied)![1]!.replace(/&amp;/g, '&');
    await page.goto(src);
    const embedded = page.locator('section[data-panel="casualties"]');
    // The measure's switch is left out of a chart-only embed; the line under the title says it.
    await expect(embedded.locator('input[value="injured"]')).toBeChecked();
    await expect(embedded.locator('.panel__view')).toHaveText(
      'Measure: Injured · High-confidence claims only',
    );
  });

  test("a researcher's file: every panel's export carries the mark, the map's too", async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Dataset file').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fixtureDataset())),
    });
    await expect(page.locator('.custom-banner')).toContainText('mine.json');
    for (const id of CHART_PANELS) {
      const panel = page.locator(`section[data-panel="${id}"]`);
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.locator('.custom-mark'), id).toContainText('mine.json');
      const csv = await download(page, panel.getByRole('button', { name: 'CSV', exact: true }));
      const lines = csv.bytes.toString('utf8').trim().split('\r\n');
      for (const line of lines.slice(1)) expect(line, id).toContain('custom: mine.json');
      const svgButton = panel.getByRole('button', { name: 'SVG', exact: true });
      if (await panel.locator('.chart-empty').count()) {
        // Nothing of this file is drawn here: there is no image to make, and the buttons say so.
        await expect(svgButton, id).toBeDisabled();
        await expect(panel.getByRole('button', { name: 'PNG', exact: true }), id).toBeDisabled();
        continue;
      }
      const svg = await download(page, svgButton);
      expect(await svgWords(page, svg.bytes.toString('utf8')), id).toContain(
        'CUSTOM DATASET from mine.json',
      );
      const png = await download(page, panel.getByRole('button', { name: 'PNG', exact: true }));
      expect(readPngText(new Uint8Array(png.bytes)).Warning, id).toContain('mine.json');
    }
    const map = page.locator('section[data-panel="map"]');
    await waitForMap(page);
    await expect(map.locator('.custom-mark')).toContainText('mine.json');
    const png = await download(page, map.getByRole('button', { name: 'PNG', exact: true }));
    expect(readPngText(new Uint8Array(png.bytes)).Warning).toContain(
      'CUSTOM DATASET from mine.json',
    );
    const svg = await download(page, map.getByRole('button', { name: 'SVG', exact: true }));
    expect(await svgWords(page, svg.bytes.toString('utf8'))).toContain(
      'CUSTOM DATASET from mine.json',
    );
  });
});

test.describe('embeds an article can take', () => {
  // A short window, as an iframe starts: the page's height is then its content's, which is what
  // the embed reports to the article around it.
  test.use({ viewport: { width: 700, height: 300 } });

  test('a chart-only casualties embed at 700 px is at most 650 px tall', async ({ page }) => {
    await page.goto('/embed/casualties/?chrome=none');
    const panel = page.locator('section[data-panel="casualties"]');
    await expect(panel.locator('.chart-frame svg').first()).toBeVisible();
    await expect(panel.locator('.panel-actions')).toBeHidden();
    await expect(panel.locator('.panel__sources')).toBeVisible();
    await expect(panel.locator('.panel__asof')).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    test.info().annotations.push({
      type: 'casualties chart-only embed height',
      description: `${height} px`,
    });
    expect(height).toBeLessThanOrEqual(650);
    await saveScreenshot(page, 'embed-casualties-chart-only-700');
  });

  test('a chart-only map embed leaves out the controls and the notes', async ({ page }) => {
    await page.goto('/embed/map/?chrome=none');
    await waitForMap(page);
    const panel = page.locator('section[data-panel="map"]');
    await expect(panel.locator('.panel-actions')).toBeHidden();
    await expect(panel.locator('.panel__sources')).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    test
      .info()
      .annotations.push({ type: 'map chart-only embed height', description: `${height} px` });
    expect(height).toBeLessThanOrEqual(900);
    await saveScreenshot(page, 'embed-map-chart-only-700');
  });
});
