import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { watchConsole } from './helpers';
import {
  at,
  colourCounts,
  expectKeyPlaces,
  frames,
  labelsOf,
  outsideRequests,
  pixelsNear,
  pointIn,
  recordFirstFrame,
  shot,
  stageOf,
  viewOf,
  viewsOf,
  waitForLand,
  waitForMap,
} from './map-helpers';

// Software WebGL takes seconds to a first frame: four page loads with the map in all, one a
// width, each used for many steps; every wait is on a state the map reports, never a sleep.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const INK = { light: '#1b1f24', dark: '#eef0f2' };
const LAND = { light: '#f4f2ed', dark: '#262b31' };
const panelOf = (page: Page) => page.locator('section[data-panel="map"]');

test('the map draws three views on a desktop, answers the keys, the buttons and the pointer, and exports', async ({
  page,
  baseURL,
}) => {
  const errors = watchConsole(page);
  const outside = outsideRequests(page, baseURL);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const panel = panelOf(page);

  await test.step('the basemap and the river are built and served from our own origin', async () => {
    const basemap = await page.request.get('/basemap/countries-region.json');
    expect(basemap.ok(), 'run `npm run basemap` (or `npm run build`) before `vite build`').toBe(
      true,
    );
    expect((await basemap.json()).type).toBe('Topology');
    const river = await page.request.get('/basemap/tumen.json');
    expect((await river.json()).properties.name).toBe('Tumen');
  });

  await test.step('the frame shows before the map, and the charts never wait for it', async () => {
    await expect(page.locator('[data-panel="overview"]')).toContainText('about 12,000 troops');
    await expect(
      panel.getByRole('heading', { name: 'Where the arms, oil and troops move' }),
    ).toBeVisible();
    await expect(panel.locator('.panel__subtitle')).toContainText(
      'through the Tumangang–Khasan rail crossing into Russia',
    );
    await expect(stageOf(page)).not.toHaveAttribute('data-map-state', 'drawn');
  });

  await test.step('the three views draw, the details over the overview', async () => {
    const times = await waitForMap(page);
    const views = await viewsOf(page);
    recordFirstFrame(test.info(), '1366 px, light', times, views.length);
    expect(views.map((v) => v.id).sort()).toEqual(['border', 'front', 'overview']);
    await expect(stageOf(page)).toHaveAttribute('data-map-layout', 'insets');
    await shot(panel, 'map-1366-light');
    await shot(stageOf(page), 'map-1366-light-stage');
  });

  await test.step('the plant, the crossing and Kursk are labelled beside their own symbols', async () => {
    await expectKeyPlaces(page, INK.light);
    const names = (await labelsOf(page)).filter((l) => l.kind === 'country').map((l) => l.text);
    expect(names).toEqual(expect.arrayContaining(['NORTH KOREA', 'RUSSIA', 'UKRAINE', 'CHINA']));
    const crossing = (await labelsOf(page)).find((l) => l.placeIds.includes('friendship-bridge'));
    expect(crossing?.text.replace(/\s+/g, ' ')).toContain(
      '≈255 freight railcars (CSIS, 17 Jun 2024 imagery)',
    );
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

  await test.step('switching the labels off takes them off the canvas', async () => {
    const plant = (await labelsOf(page)).find((l) => l.placeIds.includes('february-11-plant'));
    if (!plant) throw new Error('no plant label');
    const before = await pixelsNear(page, INK.light, plant.box);
    await panel.getByRole('checkbox', { name: 'Labels' }).uncheck();
    await expect.poll(() => pixelsNear(page, INK.light, plant.box)).toBeLessThan(before / 3);
    await panel.getByRole('checkbox', { name: 'Labels' }).check();
    await expect.poll(() => pixelsNear(page, INK.light, plant.box)).toBeGreaterThan(before * 0.8);
  });

  await test.step('the keys and the buttons move only the view in focus', async () => {
    const start = { border: await viewOf(page, 'border'), front: await viewOf(page, 'front') };
    await panel.getByRole('application', { name: /^Map/ }).focus();
    await page.keyboard.press('Equal');
    await expect
      .poll(async () => (await viewOf(page, 'border')).zoom)
      .toBeCloseTo(start.border.zoom + 1, 3);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await viewOf(page, 'border')).longitude)
      .toBeGreaterThan(start.border.longitude);
    expect((await viewOf(page, 'front')).zoom).toBeCloseTo(start.front.zoom, 6);
    // A click in the front view puts it in focus; the zoom buttons then act on it.
    const kyiv = await pointIn(page, 'front', at('kyiv'));
    await page.mouse.click(kyiv.pageX + 60, kyiv.pageY + 30);
    await expect(stageOf(page)).toHaveAttribute('data-map-focus', 'front');
    await panel.getByRole('button', { name: 'Zoom in: Kursk and Ukraine' }).click();
    await expect
      .poll(async () => (await viewOf(page, 'front')).zoom)
      .toBeCloseTo(start.front.zoom + 1, 3);
    await panel.getByRole('button', { name: 'Reset views' }).click();
    await expect
      .poll(async () => (await viewOf(page, 'border')).zoom)
      .toBeCloseTo(start.border.zoom, 3);
    expect((await viewOf(page, 'front')).zoom).toBeCloseTo(start.front.zoom, 3);
  });

  await test.step('the presets move the details: the crossing close up, and the front', async () => {
    await panel.getByRole('button', { name: 'Crossing close-up' }).click();
    await expect.poll(async () => (await viewOf(page, 'border')).zoom).toBeGreaterThan(9);
    const tumangang = await pointIn(page, 'border', at('tumangang-station'));
    const bridge = await pointIn(page, 'border', at('friendship-bridge'));
    const khasan = await pointIn(page, 'border', at('khasan-station'));
    for (const p of [tumangang, bridge, khasan]) expect(p.inside).toBe(true);
    expect(Math.hypot(tumangang.x - bridge.x, tumangang.y - bridge.y)).toBeGreaterThan(40);
    const texts = (await labelsOf(page)).filter((l) => l.view === 'border').map((l) => l.text);
    expect(texts.join('\n')).toContain('Korea–Russia Friendship Bridge');
    await expect(panel.getByText(/off by a kilometre or two/)).toBeVisible();
    const before = (await viewOf(page, 'front')).zoom;
    await panel.getByRole('button', { name: 'Front' }).click();
    await expect.poll(async () => (await viewOf(page, 'front')).zoom).toBeGreaterThan(before);
    expect((await pointIn(page, 'front', at('kursk-oblast'))).inside).toBe(true);
    const settled = await frames(page);
    await expect.poll(() => frames(page)).toBeGreaterThan(settled - 1);
    await shot(stageOf(page), 'map-1366-light-presets');
  });

  await test.step('hovering a place shows its claims in every view; a click selects one for the ledger', async () => {
    const tumangang = await pointIn(page, 'border', at('tumangang-station'));
    await page.mouse.move(tumangang.pageX, tumangang.pageY);
    const tooltip = panel.getByRole('tooltip');
    await expect(tooltip).toContainText('Tumangang station');
    await expect(tooltip).toContainText('North Korean side of the crossing');
    await expect(tooltip).toContainText('about 255 freight railcars');
    await shot(stageOf(page), 'map-1366-light-tooltip');
    const bridge = await pointIn(page, 'border', at('friendship-bridge'));
    await page.mouse.move(bridge.pageX, bridge.pageY);
    await expect(tooltip).toContainText('Korea–Russia Friendship Bridge');
    await page.mouse.click(bridge.pageX, bridge.pageY);
    await expect(page.locator('aside[data-claim="report-railcars-tripled"]')).toBeVisible();
    await expect(page.locator('#claim-report-railcars-tripled')).toHaveAttribute(
      'data-selected',
      'true',
    );
  });

  await test.step('a claim selected in the ledger rings its place in the views that show it', async () => {
    await page.mouse.move(5, 5);
    await panel.getByRole('button', { name: 'Reset views' }).click();
    await expect.poll(async () => (await viewOf(page, 'front')).zoom).toBeLessThan(7);
    const kursk = await pointIn(page, 'front', at('kursk-oblast'));
    const ring = '#0b61d6';
    const box = {
      left: kursk.x - 20,
      top: kursk.y - 20,
      right: kursk.x + 20,
      bottom: kursk.y + 20,
    };
    await expect.poll(() => pixelsNear(page, ring, box, 40)).toBeLessThan(5);
    // The ledger shows a page at a time: the claim is found by searching for it.
    const ledger = page.locator('section[data-panel="claims"]');
    await ledger.getByRole('searchbox', { name: 'Search' }).fill('Zelensky Kursk');
    await page.locator('#claim-zelensky-2024-12-23 .claim-button').click();
    await expect.poll(() => pixelsNear(page, ring, box, 40)).toBeGreaterThan(40);
    await ledger.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  await test.step('the PNG holds every view with its labels, the key of figures, the date and a link', async () => {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('map-2025-09-02.png');
    await file.saveAs('e2e/screenshots/map-export.png');
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const overview = await viewOf(page, 'overview');
    expect(bytes.readUInt32BE(16)).toBe((overview.width + 40) * 2);
    const { counts, total } = await colourCounts(page, ['#cddfea', LAND.light], {
      png: bytes,
      tolerance: 12,
    });
    const [ocean = 0, land = 0] = counts;
    expect(ocean / total).toBeGreaterThan(0.05);
    expect(land / total).toBeGreaterThan(0.05);
  });

  await test.step('the SVG draws the views as vectors, with labels, the key of figures and a link', async () => {
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'SVG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('map-2025-09-02.svg');
    await file.saveAs('e2e/screenshots/map-export.svg');
    const svg = readFileSync(await file.path(), 'utf8').replace(/\u00a0/g, ' ');
    expect(svg.match(/<clipPath /g)).toHaveLength(3);
    expect(svg).toContain('Tumangang–Khasan rail');
    expect(svg).toContain('February 11 Plant');
    expect(svg).toContain('Figures at the main places');
    expect(svg).toMatch(
      /Kursk Oblast: [^<]*more than 100 killed \(South Korea&#39;s NIS, 23 Dec 2024\)/,
    );
    expect(svg).toContain('Link: http');
    expect(svg).toMatch(
      /Newest claim on or before 2 September 2025, at least \d+ months before this export \(\d+ \w+ \d{4}\)/,
    );
  });

  await test.step('"known as of" fades what was not yet on record and dates the railcar count', async () => {
    const kyiv = panel.locator('[data-place="kyiv"]');
    await expect(kyiv).toContainText('2025');
    await page.getByLabel('Known as of').fill('2024-01-01');
    await expect(panel.locator('[data-place="kursk-oblast"]')).toHaveAttribute(
      'data-known',
      'false',
    );
    await expect(panel.locator('[data-flow="troops-north-korea-kursk"]')).toHaveAttribute(
      'data-known',
      'false',
    );
    await expect
      .poll(async () =>
        (await labelsOf(page))
          .find((l) => l.placeIds.includes('friendship-bridge'))
          ?.text.replace(/\s+/g, ' '),
      )
      .toContain('≈73 freight railcars (CSIS, 5 Oct 2023 imagery)');
    await shot(stageOf(page), 'map-1366-light-2024-01-01');
    await page.getByLabel('Known as of').fill('2024-12-23');
    await expect(kyiv).not.toContainText('2025');
    await expect(kyiv).toContainText('2 Jan 2024');
    await page.getByLabel('Known as of').fill('');
    await expect(panel.locator('[data-place="kursk-oblast"]')).toHaveAttribute(
      'data-known',
      'true',
    );
  });

  await test.step('the dark theme redraws every view in its colours', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForLand(page, LAND.dark);
    await expectKeyPlaces(page, INK.dark);
    await shot(panel, 'map-1366-dark');
    await shot(stageOf(page), 'map-1366-dark-stage');
  });

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('on a phone the views stack, one finger scrolls the page, two fingers move the map, and a lost context leaves text', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 800 },
    hasTouch: true,
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  const errors = watchConsole(page);
  const outside = outsideRequests(page, baseURL);
  await page.goto('/');
  const panel = panelOf(page);

  await test.step('the views stack without pushing the page sideways, labelled in both themes', async () => {
    const times = await waitForMap(page);
    recordFirstFrame(test.info(), '390 px, dark', times, (await viewsOf(page)).length);
    await expect(stageOf(page)).toHaveAttribute('data-map-layout', 'stacked');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectKeyPlaces(page, INK.dark);
    await shot(panel, 'map-390-dark');
    await shot(stageOf(page), 'map-390-dark-stage');
    await page.emulateMedia({ colorScheme: 'light' });
    await waitForLand(page, LAND.light);
    await expectKeyPlaces(page, INK.light);
    await shot(panel, 'map-390-light');
    await shot(stageOf(page), 'map-390-light-stage');
  });

  const cdp = await context.newCDPSession(page);
  const touch = async (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });

  await test.step('one finger over the map scrolls the page and leaves the map where it was', async () => {
    const box = await stageOf(page).boundingBox();
    if (!box) throw new Error('no stage');
    await page.evaluate(() => window.scrollBy(0, -100));
    const before = {
      scroll: await page.evaluate(() => window.scrollY),
      view: await viewOf(page, 'border'),
    };
    const x = box.x + box.width / 2;
    const y = Math.min(box.y + 200, 700);
    await touch('touchStart', [{ x, y }]);
    for (let step = 1; step <= 8; step++) await touch('touchMove', [{ x, y: y - step * 20 }]);
    await touch('touchEnd', []);
    await expect
      .poll(() => page.evaluate(() => window.scrollY))
      .toBeGreaterThan(before.scroll + 40);
    const after = await viewOf(page, 'border');
    expect(after.longitude).toBeCloseTo(before.view.longitude, 6);
    expect(after.latitude).toBeCloseTo(before.view.latitude, 6);
  });

  await test.step('two fingers move the view under them', async () => {
    const plant = await pointIn(page, 'border', at('february-11-plant'));
    const before = await viewOf(page, 'border');
    const [x, y] = [plant.pageX, plant.pageY];
    await touch('touchStart', [
      { x: x - 30, y },
      { x: x + 30, y },
    ]);
    for (let step = 1; step <= 8; step++)
      await touch('touchMove', [
        { x: x - 30 + step * 6, y: y + step * 4 },
        { x: x + 30 + step * 6, y: y + step * 4 },
      ]);
    await touch('touchEnd', []);
    await expect
      .poll(async () => {
        const now = await viewOf(page, 'border');
        return (
          Math.abs(now.longitude - before.longitude) + Math.abs(now.latitude - before.latitude)
        );
      })
      .toBeGreaterThan(0.01);
  });

  await test.step('the zoom buttons act on the view in focus', async () => {
    const before = await viewOf(page, 'border');
    await panel.getByRole('button', { name: 'Zoom in: North Korea–Russia border' }).click();
    await expect
      .poll(async () => (await viewOf(page, 'border')).zoom)
      .toBeCloseTo(before.zoom + 1, 3);
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
  await context.close();
});

for (const { width, path, name } of [
  { width: 320, path: '/', name: '320' },
  { width: 700, path: '/embed/map/', name: '700-embed' },
]) {
  test(`at ${width} px (${path}) the plant, the crossing and Kursk are labelled beside their symbols, light and dark`, async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    const times = await waitForMap(page);
    recordFirstFrame(test.info(), `${name}, light`, times, (await viewsOf(page)).length);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectKeyPlaces(page, INK.light);
    await shot(panelOf(page), `map-${name}-light`);
    await shot(stageOf(page), `map-${name}-light-stage`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForLand(page, LAND.dark);
    await expectKeyPlaces(page, INK.dark);
    await shot(panelOf(page), `map-${name}-dark`);
    await shot(stageOf(page), `map-${name}-dark-stage`);
    expect(errors).toEqual([]);
  });
}
