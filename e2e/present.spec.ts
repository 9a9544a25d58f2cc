import { expect, test, type Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './helpers';
import { waitForMap } from './map-helpers';

/** The box of an element, or of the slide, in CSS pixels. */
const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  expect(found, selector).not.toBeNull();
  return found!;
};

/** Everything a slide must show lies inside its 16:9 frame, and nothing it must not is shown. */
async function expectSlide(page: Page, panel: string) {
  const frame = await box(page, '.presentation__frame');
  expect(frame.width / frame.height).toBeCloseTo(16 / 9, 1);
  const section = `.presentation__frame section[data-panel="${panel}"]`;
  for (const part of ['.panel__title', '.panel__sources', '.panel__asof']) {
    const inner = await box(page, `${section} ${part}`);
    expect(inner.y, part).toBeGreaterThanOrEqual(frame.y - 0.5);
    expect(inner.y + inner.height, part).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
  }
  // No buttons, switches, hints or tables on a slide.
  for (const hidden of [
    '.panel-actions',
    '.panel__toolbar',
    '.chart-details__hint',
    'details.chart-data',
  ])
    for (const element of await page.locator(`${section} ${hidden}`).all())
      await expect(element).toBeHidden();
  return frame;
}

for (const [width, height] of [
  [1920, 1080],
  [1366, 900],
] as const)
  test.describe(`Present at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('a chart fills the slide, with type scaled to it, and keeps its sources and date', async ({
      page,
    }) => {
      await page.goto('/?present=casualties&measure=injured');
      const marks = page.locator('.presentation__frame .claim-mark');
      await expect(marks.first()).toBeVisible();
      const frame = await expectSlide(page, 'casualties');
      // The chart takes most of the slide, not a strip of fixed height.
      const chart = await box(page, '.presentation__frame .claim-chart');
      expect(chart.height).toBeGreaterThan(frame.height * 0.35);
      // Axis labels grow with the slide: about 1% of its width, never under 13 px.
      const tick = await page
        .locator('.presentation__frame .recharts-cartesian-axis-tick-value')
        .first()
        .evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
      expect(tick).toBeGreaterThanOrEqual(13);
      expect(tick).toBeCloseTo(Math.min(24, Math.max(13, frame.width / 100)), 0);
      await expect(page.locator('.presentation__frame .panel__view')).toHaveText(
        'Measure: Injured',
      );
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/present-casualties-${width}x${height}.png`,
      });
    });

    test('the map fills the slide with its views and keeps its sources and date', async ({
      page,
    }) => {
      await page.goto('/?present=map');
      await waitForMap(page);
      const frame = await expectSlide(page, 'map');
      const stage = await box(page, '.presentation__frame .map-stage');
      expect(stage.height).toBeGreaterThan(frame.height * 0.35);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/present-map-${width}x${height}.png` });
    });
  });
