import { appendFileSync, readFileSync } from 'node:fs';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { SCREENSHOT_DIR } from './helpers';

// Software WebGL takes seconds to a first frame: every wait is on a state the map reports.
export const FIRST_FRAME = 45_000;

export type View = {
  id: 'border' | 'front' | 'overview';
  x: number;
  y: number;
  width: number;
  height: number;
  longitude: number;
  latitude: number;
  zoom: number;
};
export type Label = {
  id: string;
  view: View['id'];
  text: string;
  kind: string;
  placeIds: string[];
  box: { left: number; top: number; right: number; bottom: number };
};

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
  places: { id: string; lon: number; lat: number }[];
};
/** Every place of the published dataset, at its own coordinates. */
export const PLACES = new Map(dataset.places.map((p) => [p.id, [p.lon, p.lat] as const]));
export const at = (id: string) => {
  const place = PLACES.get(id);
  if (!place) throw new Error(`no place ${id} in the dataset`);
  return place;
};

/** Web Mercator in deck.gl's units, written out again here so the test does not trust the app's. */
export function toView([lon, lat]: readonly [number, number], v: View): [number, number] {
  const world = ([x, y]: readonly [number, number]) => [
    ((x + 180) / 360) * 512,
    (512 / (2 * Math.PI)) * (Math.PI - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360))),
  ];
  const [px = 0, py = 0] = world([lon, lat]);
  const [cx = 0, cy = 0] = world([v.longitude, v.latitude]);
  const scale = 2 ** v.zoom;
  return [(px - cx) * scale + v.width / 2, (py - cy) * scale + v.height / 2];
}

export const stageOf = (page: Page) => page.locator('section[data-panel="map"] .map-stage');

export async function viewsOf(page: Page): Promise<View[]> {
  return JSON.parse((await stageOf(page).getAttribute('data-map-views')) ?? '[]') as View[];
}
export async function viewOf(page: Page, id: View['id']): Promise<View> {
  const view = (await viewsOf(page)).find((v) => v.id === id);
  if (!view) throw new Error(`no view ${id}`);
  return view;
}
export async function labelsOf(page: Page): Promise<Label[]> {
  return JSON.parse((await stageOf(page).getAttribute('data-map-labels')) ?? '[]') as Label[];
}
export async function frames(page: Page): Promise<number> {
  return Number(await stageOf(page).locator('.map-canvas').getAttribute('data-map-frames'));
}

/** Where a place falls in a view, on the stage and on the page. */
export async function pointIn(page: Page, id: View['id'], lonLat: readonly [number, number]) {
  const view = await viewOf(page, id);
  const [x, y] = toView(lonLat, view);
  const stage = (await stageOf(page).boundingBox()) ?? { x: 0, y: 0 };
  return {
    x: view.x + x,
    y: view.y + y,
    inside: x > 0 && y > 0 && x < view.width && y < view.height,
    pageX: stage.x + view.x + x,
    pageY: stage.y + view.y + y,
  };
}

/** Scrolls the map into view and waits for the frame it reports after drawing everything. */
export async function waitForMap(page: Page) {
  await page.locator('section[data-panel="map"]').scrollIntoViewIfNeeded();
  const started = Date.now();
  await expect(stageOf(page)).toHaveAttribute('data-map-state', 'drawn', { timeout: FIRST_FRAME });
  const sinceScroll = Date.now() - started;
  const canvas = Number(await stageOf(page).getAttribute('data-map-first-frame-ms'));
  return { sinceScroll, canvas };
}

/**
 * Records a first-frame time with the test, in its report and in a file beside the screenshots,
 * to be read and compared; never asserted on, since it depends on the machine.
 */
export function recordFirstFrame(
  info: TestInfo,
  what: string,
  times: { sinceScroll: number; canvas: number },
  views: number,
) {
  const row = { what, views, ...times, at: new Date().toISOString() };
  info.annotations.push({ type: `first frame, ${what} (ms)`, description: JSON.stringify(row) });
  appendFileSync(`${SCREENSHOT_DIR}/map-first-frame.jsonl`, `${JSON.stringify(row)}\n`);
}

/** Waits until the map has drawn a frame in the palette whose land is this colour. */
export async function waitForLand(page: Page, land: string) {
  await expect(stageOf(page).locator('.map-canvas')).toHaveAttribute('data-map-drawn-land', land);
}

type Box = { left: number; top: number; right: number; bottom: number };

/**
 * How many pixels are near each colour: of the map canvas (inside a box, in CSS pixels), or of a
 * PNG decoded in the page.
 */
export async function colourCounts(
  page: Page,
  colours: string[],
  { png, box, tolerance = 90 }: { png?: Buffer; box?: Box; tolerance?: number },
): Promise<{ counts: number[]; total: number }> {
  return page.evaluate(
    async ({ colours, base64, box, tolerance }) => {
      let source: HTMLCanvasElement | HTMLImageElement;
      let ratio = 1;
      if (base64) {
        source = new Image();
        source.src = `data:image/png;base64,${base64}`;
        await source.decode();
      } else {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-panel="map"] canvas');
        if (!canvas) throw new Error('no map canvas');
        ratio = canvas.width / canvas.getBoundingClientRect().width;
        source = canvas;
      }
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.drawImage(source, 0, 0);
      const region = box ?? {
        left: 0,
        top: 0,
        right: source.width / ratio,
        bottom: source.height / ratio,
      };
      const w = Math.max(1, Math.round((region.right - region.left) * ratio));
      const h = Math.max(1, Math.round((region.bottom - region.top) * ratio));
      const data = context.getImageData(region.left * ratio, region.top * ratio, w, h).data;
      const targets = colours.map((c) => {
        const n = Number.parseInt(c.slice(1), 16);
        return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
      });
      const counts = targets.map(() => 0);
      for (let i = 0; i < data.length; i += 4)
        targets.forEach(([r = 0, g = 0, b = 0], k) => {
          const d =
            Math.abs((data[i] ?? 0) - r) +
            Math.abs((data[i + 1] ?? 0) - g) +
            Math.abs((data[i + 2] ?? 0) - b);
          if (d < tolerance) counts[k] = (counts[k] ?? 0) + 1;
        });
      return { counts, total: data.length / 4 };
    },
    { colours, base64: png?.toString('base64'), box, tolerance },
  );
}

/** How many pixels of the map canvas inside a box are near a colour. */
export async function pixelsNear(page: Page, colour: string, box: Box, tolerance = 90) {
  return (await colourCounts(page, [colour], { box, tolerance })).counts[0] ?? 0;
}

const distanceToBox = ([x, y]: [number, number], box: Label['box']) =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));

const KEY_PLACES = [
  { name: 'the plant', view: 'border', place: 'february-11-plant', text: /February 11 Plant/ },
  {
    name: 'the crossing',
    view: 'border',
    place: 'friendship-bridge',
    text: /Tumangang–Khasan rail crossing/,
  },
  { name: 'Kursk', view: 'front', place: 'kursk-oblast', text: /Kursk Oblast/ },
] as const;

/**
 * The plant, the crossing and Kursk: each inside its view, at least 40 px from the others, and
 * labelled beside its own symbol (nearer to it than to any other place in the view), with the
 * label's text drawn where the map says it is.
 */
export async function expectKeyPlaces(page: Page, ink: string) {
  const labels = await labelsOf(page);
  const points: { name: string; x: number; y: number }[] = [];
  for (const key of KEY_PLACES) {
    const own = await pointIn(page, key.view, at(key.place));
    expect(own.inside, `${key.name} inside the ${key.view} view`).toBe(true);
    points.push({ name: key.name, x: own.x, y: own.y });
    const label = labels.find((l) => l.view === key.view && l.placeIds.includes(key.place));
    expect(label, `${key.name} is labelled`).toBeDefined();
    if (!label) continue;
    expect(label.text.replace(/\s+/g, ' ')).toMatch(key.text);
    const ownDistance = distanceToBox([own.x, own.y], label.box);
    expect(ownDistance, `${key.name}'s label beside its symbol`).toBeLessThan(16);
    for (const [id, lonLat] of PLACES) {
      if (label.placeIds.includes(id)) continue;
      const other = await pointIn(page, key.view, lonLat);
      if (!other.inside) continue;
      expect(
        distanceToBox([other.x, other.y], label.box),
        `${key.name}'s label, not ${id}'s`,
      ).toBeGreaterThan(ownDistance);
    }
    expect(await pixelsNear(page, ink, label.box), `${key.name}'s label is drawn`).toBeGreaterThan(
      30,
    );
  }
  for (const [i, a] of points.entries())
    for (const b of points.slice(i + 1))
      expect(
        Math.hypot(a.x - b.x, a.y - b.y),
        `${a.name} and ${b.name} apart`,
      ).toBeGreaterThanOrEqual(40);
}

export const shot = (target: Page | Locator, name: string) =>
  target.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });

export function outsideRequests(page: Page, baseURL: string | undefined) {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL ?? '').origin)
      outside.push(request.url());
  });
  return outside;
}
