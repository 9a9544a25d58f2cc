import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixtureDataset } from '../src/testing/fixture';

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Decodes a PNG in the page and returns its size. */
async function pngSize(page: Page, bytes: Buffer) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  }, bytes.toString('base64'));
}

function csvRows(text: string) {
  return text.trim().split(/\r\n/);
}

const CHART_PANELS = ['casualties', 'shipments', 'railcars', 'oil', 'value', 'timeline'] as const;

test.describe('exports', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/');
    await expect(page.locator('[data-panel="claims"] table')).toBeVisible();
  });

  for (const id of CHART_PANELS) {
    test(`the ${id} panel exports a PNG, an SVG and a CSV that stand alone`, async ({ page }) => {
      const panel = page.locator(`section[data-panel="${id}"]`);
      await panel.scrollIntoViewIfNeeded();
      const title = (await panel.locator('.panel__title').textContent())!;

      const png = await download(page, panel.getByRole('button', { name: 'PNG', exact: true }));
      // Named by the date of the panel's newest claim, as precisely as it is known.
      expect(png.name).toMatch(new RegExp(`^${id}-\\d{4}(-\\d{2}){0,2}\\.png$`));
      expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
      const size = await pngSize(page, png.bytes);
      expect(size.width).toBeGreaterThanOrEqual(1280);

      const svg = await download(page, panel.getByRole('button', { name: 'SVG', exact: true }));
      expect(svg.name).toMatch(new RegExp(`^${id}-\\d{4}(-\\d{2}){0,2}\\.svg$`));
      const text = svg.bytes.toString('utf8');
      const parsed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          title: doc.querySelector('svg > title')?.textContent,
          sources: [
            ...doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'source'),
          ].map((s) => s.textContent),
        };
      }, text);
      expect(parsed.error).toBeNull();
      expect(parsed.title).toBe(title);
      expect(parsed.sources.length).toBeGreaterThan(0);
      for (const url of parsed.sources) expect(url).toMatch(/^https?:\/\//);
      expect(text).toContain('Newest claim');
      expect(text).not.toMatch(/@import|url\(http|<script|href="http/);

      const csv = await download(page, panel.getByRole('button', { name: 'CSV', exact: true }));
      expect(csv.name).toMatch(new RegExp(`^${id}-\\d{4}(-\\d{2}){0,2}\\.csv$`));
      const rows = csvRows(csv.bytes.toString('utf8'));
      expect(rows.length).toBeGreaterThan(1);
      expect(rows[0]).toMatch(
        id === 'timeline' ? /source_url/ : /qualifier.*claimant.*source_url.*claimed_on/,
      );
      expect(rows[1]).toContain('http');
    });
  }

  test('the claims panel exports the whole dataset as JSON and CSV', async ({ page }) => {
    const panel = page.locator('section[data-panel="claims"]');
    const json = await download(page, panel.getByRole('button', { name: 'Dataset JSON' }));
    expect(JSON.parse(json.bytes.toString('utf8')).claims).toHaveLength(110);
    const csv = await download(page, panel.getByRole('button', { name: 'Dataset CSV' }));
    const rows = csvRows(csv.bytes.toString('utf8'));
    expect(rows).toHaveLength(111);
    expect(rows[0]!.split(',')).toEqual(
      expect.arrayContaining(['qualifier', 'claimant', 'source_url', 'claimed_on', 'dataset']),
    );
    expect(rows.find((r) => r.startsWith('report-killed,'))).toContain('more than 100 killed');
  });

  test('a custom dataset is stamped into every export', async ({ page }) => {
    await page.getByLabel('Dataset file').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fixtureDataset())),
    });
    await expect(page.locator('.custom-banner')).toBeVisible();
    const panel = page.locator('section[data-panel="casualties"]');
    const svg = (
      await download(page, panel.getByRole('button', { name: 'SVG', exact: true }))
    ).bytes.toString('utf8');
    expect(svg).toContain('CUSTOM DATASET from mine.json');
    const csv = (
      await download(page, panel.getByRole('button', { name: 'CSV', exact: true }))
    ).bytes.toString('utf8');
    expect(csvRows(csv)[1]).toContain('custom: mine.json');
  });
});
