import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { WIDTHS, watchConsole } from './helpers';

// Software WebGL takes seconds to a first frame: two page loads in all, each used for many steps,
// and every wait is on a state the map reports, never a fixed sleep.
const FIRST_FRAME = 45_000;
test.describe.configure({ mode: 'serial', timeout: 180_000 });

type View = { longitude: number; latitude: number; zoom: number; width: number; height: number };

const PLACES = {
  tumangang: [130.6081, 42.4214],
  bridge: [130.641056, 42.415167],
  kursk: [36.017, 51.75],
} as const;

/** Web Mercator in deck.gl's units, written out again here so the test does not trust the app's. */
function toScreen([lon, lat]: readonly [number, number], v: View): [number, number] {
  const world = ([x, y]: readonly [number, number]) => [
    ((x + 180) / 360) * 512,
    (512 / (2 * Math.PI)) * (Math.PI - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360))),
  ];
  const [px = 0, py = 0] = world([lon, lat]);
  const [cx = 0, cy = 0] = world([v.longitude, v.latitude]);
  const scale = 2 ** v.zoom;
  return [(px - cx) * scale + v.width / 2, (py - cy) * scale + v.height / 2];
}

const stageOf = (page: Page) => page.locator('section[data-panel="map"] .map-stage');

async function viewOf(page: Page): Promise<View> {
  return JSON.parse((await stageOf(page).getAttribute('data-map-view')) ?? 'null') as View;
}

async function frames(page: Page): Promise<number> {
  return Number(await stageOf(page).locator('.map-canvas').getAttribute('data-map-frames'));
}

/** Reads the map canvas back: how many pixels are drawn, and how many near a colour (in a box). */
async function pixels(
  page: Page,
  colour?: string,
  box?: { x: number; y: number; size: number },
): Promise<{ drawn: number; total: number; matching: number }> {
  return page.evaluate(
    ({ colour, box }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-panel="map"] canvas');
      if (!canvas) throw new Error('no map canvas');
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(canvas, 0, 0);
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const [x, y, w, h] = box
        ? [
            (box.x - box.size / 2) * ratio,
            (box.y - box.size / 2) * ratio,
            box.size * ratio,
            box.size * ratio,
          ]
        : [0, 0, canvas.width, canvas.height];
      const data = context.getImageData(x, y, w, h).data;
      const target = colour ? Number.parseInt(colour.slice(1), 16) : 0;
      const [r, g, b] = [(target >> 16) & 255, (target >> 8) & 255, target & 255];
      let drawn = 0;
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] ?? 0) > 0) drawn++;
        const distance =
          Math.abs((data[i] ?? 0) - r) +
          Math.abs((data[i + 1] ?? 0) - g) +
          Math.abs((data[i + 2] ?? 0) - b);
        if (colour && (data[i + 3] ?? 0) > 200 && distance < 60) matching++;
      }
      return { drawn, total: data.length / 4, matching };
    },
    { colour, box },
  );
}

/** Scrolls the map into view and waits for the frame it reports after drawing everything. */
async function waitForMap(page: Page): Promise<number> {
  const panel = page.locator('section[data-panel="map"]');
  await panel.scrollIntoViewIfNeeded();
  const started = Date.now();
  await expect(stageOf(page)).toHaveAttribute('data-map-state', 'drawn', { timeout: FIRST_FRAME });
  return Date.now() - started;
}

/** Screen position of a place, in page coordinates, from the view the map reports. */
async function pointOf(page: Page, lonLat: readonly [number, number]) {
  const [x, y] = toScreen(lonLat, await viewOf(page));
  const canvas = (await stageOf(page).locator('canvas').boundingBox()) ?? { x: 0, y: 0 };
  return { x, y, pageX: canvas.x + x, pageY: canvas.y + y };
}

function outsideRequests(page: Page, baseURL: string | undefined) {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL ?? '').origin)
      outside.push(request.url());
  });
  return outside;
}

const shot = (target: Page | Locator, name: string) =>
  target.screenshot({ path: `e2e/screenshots/${name}.png` });

test('the map draws on a desktop, answers the keyboard, the key and the pointer, and exports', async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  const outside = outsideRequests(page, baseURL);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
  await page.goto('/');
  const panel = page.locator('section[data-panel="map"]');

  await test.step('the basemap is built and served from our own origin', async () => {
    const basemap = await page.request.get('/basemap/countries-region.json');
    expect(basemap.ok(), 'run `npm run basemap` (or `npm run build`) before `vite build`').toBe(
      true,
    );
    expect((await basemap.json()).type).toBe('Topology');
  });

  await test.step('the frame shows before the map, and the charts never wait for it', async () => {
    await expect(page.locator('[data-panel="overview"]')).toContainText('about 12,000 troops');
    await expect(
      panel.getByRole('heading', { name: 'Where the arms, oil and troops move' }),
    ).toBeVisible();
    await expect(panel.getByRole('checkbox', { name: 'Munitions' })).toBeChecked();
    await expect(stageOf(page)).not.toHaveAttribute('data-map-state', 'drawn');
  });

  await test.step('the map really draws', async () => {
    const ms = await waitForMap(page);
    test.info().annotations.push({ type: 'first frame (ms)', description: String(ms) });
    const { drawn, total } = await pixels(page);
    expect(drawn / total).toBeGreaterThan(0.3);
    await shot(panel, 'map-desktop-light');
  });

  await test.step('the drawn map, its key and its controls pass axe', async () => {
    const results = await new AxeBuilder({ page })
      .include('section[data-panel="map"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations.filter((v) =>
      ['serious', 'critical'].includes(v.impact ?? ''),
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  await test.step('switching a layer off changes the drawing', async () => {
    const munitions = '#d55e00';
    const before = (await pixels(page, munitions)).matching;
    expect(before).toBeGreaterThan(150);
    await panel.getByRole('checkbox', { name: 'Munitions' }).uncheck();
    await expect
      .poll(async () => (await pixels(page, munitions)).matching)
      .toBeLessThan(before / 10);
    await panel.getByRole('checkbox', { name: 'Munitions' }).check();
    await expect
      .poll(async () => (await pixels(page, munitions)).matching)
      .toBeGreaterThan(before * 0.9);
  });

  await test.step('the keyboard pans and zooms the focused map', async () => {
    const map = panel.getByRole('application', { name: /^Map\./ });
    await map.focus();
    const start = await viewOf(page);
    await page.keyboard.press('Equal');
    await expect.poll(async () => (await viewOf(page)).zoom).toBeGreaterThan(start.zoom + 0.5);
    const zoomed = await viewOf(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await viewOf(page)).longitude).toBeGreaterThan(zoomed.longitude);
    await panel.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await viewOf(page)).zoom).toBeLessThan(zoomed.zoom - 0.5);
    await panel.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(async () => (await viewOf(page)).zoom).toBeCloseTo(start.zoom, 3);
  });

  await test.step('the crossing close-up shows the stations and the bridge apart', async () => {
    await panel.getByRole('button', { name: 'Crossing close-up' }).click();
    await expect.poll(async () => (await viewOf(page)).zoom).toBeGreaterThan(9);
    const tumangang = await pointOf(page, PLACES.tumangang);
    const bridge = await pointOf(page, PLACES.bridge);
    expect(Math.hypot(tumangang.x - bridge.x, tumangang.y - bridge.y)).toBeGreaterThan(40);
    await expect(panel.getByText(/off by a kilometre or two/)).toBeVisible();
    const settled = await frames(page);
    await expect.poll(() => frames(page)).toBeGreaterThanOrEqual(settled);
    await shot(stageOf(page), 'map-desktop-light-crossing');
  });

  await test.step('hovering a place shows its claims; clicking selects one for the ledger', async () => {
    const tumangang = await pointOf(page, PLACES.tumangang);
    await page.mouse.move(tumangang.pageX, tumangang.pageY);
    const tooltip = panel.getByRole('tooltip');
    await expect(tooltip).toContainText('Tumangang station');
    await expect(tooltip).toContainText('North Korean side of the crossing');
    await expect(tooltip).toContainText('CSIS Beyond Parallel');
    await expect(tooltip).toContainText('up to 20 railcars');
    await shot(stageOf(page), 'map-desktop-light-tooltip');

    const bridge = await pointOf(page, PLACES.bridge);
    await page.mouse.click(bridge.pageX, bridge.pageY);
    await expect(page.locator('aside[data-claim="report-railcars-tripled"]')).toBeVisible();
    await expect(page.locator('#claim-report-railcars-tripled')).toHaveAttribute(
      'data-selected',
      'true',
    );
  });

  await test.step('a claim selected in the ledger rings its place on the map', async () => {
    await page.mouse.move(5, 5);
    await panel.getByRole('button', { name: 'Reset view' }).click();
    await expect.poll(async () => (await viewOf(page)).zoom).toBeLessThan(4);
    const kursk = await pointOf(page, PLACES.kursk);
    const ring = '#0b61d6';
    const box = { x: kursk.x, y: kursk.y, size: 64 };
    await expect.poll(async () => (await pixels(page, ring, box)).matching).toBeLessThan(5);
    await page.locator('#claim-zelensky-2024-12-23 .claim-button').click();
    await expect.poll(async () => (await pixels(page, ring, box)).matching).toBeGreaterThan(40);
  });

  await test.step('the PNG carries the map on its ocean, with title and date', async () => {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('map-2025-09-02.png');
    await file.saveAs('e2e/screenshots/map-export.png');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const view = await viewOf(page);
    expect(bytes.readUInt32BE(16)).toBe((view.width + 40) * 2);
    const land = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      let ocean = 0;
      let land = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        if (Math.abs(r - 0xcd) + Math.abs(g - 0xdf) + Math.abs(b - 0xea) < 12) ocean++;
        if (Math.abs(r - 0xf4) + Math.abs(g - 0xf2) + Math.abs(b - 0xed) < 12) land++;
      }
      return { ocean, land, total: data.length / 4 };
    }, bytes.toString('base64'));
    expect(land.ocean / land.total).toBeGreaterThan(0.1);
    expect(land.land / land.total).toBeGreaterThan(0.1);
  });

  await test.step('"known as of" applies: the 2025 Kyiv strike goes', async () => {
    const kyiv = panel.locator('[data-place="kyiv"]');
    await expect(kyiv).toContainText('2025');
    await page.getByLabel('Known as of').fill('2024-12-23');
    await expect(kyiv).not.toContainText('2025');
    await expect(kyiv).toContainText('2 Jan 2024');
    await page.getByLabel('Known as of').fill('');
  });

  await test.step('the dark theme redraws the map in its colours', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await pixels(page, '#262b31')).matching).toBeGreaterThan(10_000);
    await shot(panel, 'map-desktop-dark');
  });

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('on a phone the map fits, and a lost WebGL context leaves a text map and a working page', async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  const outside = outsideRequests(page, baseURL);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: WIDTHS.phone, height: 800 });
  await page.goto('/');
  const panel = page.locator('section[data-panel="map"]');

  await test.step('the map draws at phone width without pushing the page sideways', async () => {
    const ms = await waitForMap(page);
    test.info().annotations.push({ type: 'first frame, phone (ms)', description: String(ms) });
    const { drawn, total } = await pixels(page);
    expect(drawn / total).toBeGreaterThan(0.3);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(panel, 'map-phone-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await pixels(page, '#f4f2ed')).matching).toBeGreaterThan(5_000);
    await shot(panel, 'map-phone-light');
  });

  await test.step('a lost context turns the map into text; the ledger still works', async () => {
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-panel="map"] canvas');
      canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(panel.getByText('The map cannot be drawn here.')).toBeVisible();
    await expect(panel.locator('[data-place="february-11-plant"]')).toContainText(
      'Identification inferred',
    );
    const ledger = page.locator('section[data-panel="claims"]');
    await ledger.getByRole('searchbox', { name: 'Search' }).fill('Ramstein');
    await expect(ledger.locator('tbody tr')).toHaveCount(1);
  });

  expect(outside).toEqual([]);
  // Chromium reports the context it was asked to lose; nothing else may go wrong.
  expect(errors.filter((e) => !/context lost/i.test(e))).toEqual([]);
});
