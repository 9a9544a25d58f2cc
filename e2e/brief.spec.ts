import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SCREENSHOT_DIR } from './helpers';
import { waitForMap } from './map-helpers';

/** The text of each page of a PDF, white space made single (fonts split words at ligatures). */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}
const squeeze = (text: string) => text.replace(/\s+/g, '');

test('the brief prints on one page, A4 or US Letter, with the figures, charts, map, release and date', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.goto('/?asof=2025-06-30');
  await page.getByRole('link', { name: 'One-page brief' }).click();
  await page.waitForURL(/brief/);
  await expect(page).toHaveURL(/asof=2025-06-30/);
  await expect(page.locator('.brief__headlines')).toBeVisible();
  // The map first: on software WebGL its first frame holds the page's thread for seconds, and
  // the charts drawn in the meantime appear after it.
  await waitForMap(page);
  await expect(page.locator('section[data-panel="casualties"] .claim-mark').first()).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    writeFileSync(`${SCREENSHOT_DIR}/brief-${format}.pdf`, pdf);
    const pages = await pdfPages(pdf);
    expect(pages, format).toHaveLength(1);
    const text = squeeze(pages[0]!);
    for (const words of [
      "North Korea's arms supply to Russia",
      'Release 2026-12-04',
      'Newest claim',
      'Known as of 30 June 2025',
      'more than 100 killed',
      "South Korea's NIS",
      'North Korean troops and casualties, as claimed',
      'Railcars at the Tumangang–Khasan crossing',
      'Where the arms, oil and troops move',
      'Every figure is a claim',
    ])
      expect(text, `${format}: ${words}`).toContain(squeeze(words));
  }
  await page.emulateMedia({ media: 'print' });
  await page.locator('.brief__page').screenshot({ path: `${SCREENSHOT_DIR}/brief-print.png` });
});
