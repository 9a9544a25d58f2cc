/**
 * Web Mercator arithmetic in deck.gl's units (a 512-pixel world at zoom 0), kept here without
 * deck so the panel frame can place its view and the layer data can be tested in Node.
 */

/** [longitude, latitude] in degrees. */
export type LonLat = [number, number];

/** A map view as deck's MapView takes it; pitch and bearing stay at 0. */
export interface MapViewState {
  longitude: number;
  latitude: number;
  zoom: number;
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

const WORLD = 512;
const RAD = Math.PI / 180;

/** World coordinates at zoom 0: x grows east, y grows south. */
export function toWorld([lon, lat]: LonLat): [number, number] {
  const x = ((lon + 180) / 360) * WORLD;
  const y = (WORLD / (2 * Math.PI)) * (Math.PI - Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)));
  return [x, y];
}

export function fromWorld([x, y]: [number, number]): LonLat {
  const lon = (x / WORLD) * 360 - 180;
  const lat = (2 * Math.atan(Math.exp(Math.PI - (y * 2 * Math.PI) / WORLD)) - Math.PI / 2) / RAD;
  return [lon, lat];
}

/** Where a point falls on a viewport of the given size, in CSS pixels from its top left. */
export function project(
  point: LonLat,
  view: MapViewState,
  size: { width: number; height: number },
): [number, number] {
  const scale = 2 ** view.zoom;
  const [x, y] = toWorld(point);
  const [cx, cy] = toWorld([view.longitude, view.latitude]);
  return [(x - cx) * scale + size.width / 2, (y - cy) * scale + size.height / 2];
}

/** The view that shows the bounds whole inside a viewport, with padding on every side. */
export function fitBounds(
  bounds: Bounds,
  size: { width: number; height: number },
  { padding = 20, maxZoom = 20 }: { padding?: number; maxZoom?: number } = {},
): MapViewState {
  const [x0, y0] = toWorld([bounds.west, bounds.north]);
  const [x1, y1] = toWorld([bounds.east, bounds.south]);
  const width = Math.max(size.width - 2 * padding, 1);
  const height = Math.max(size.height - 2 * padding, 1);
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  const [longitude, latitude] = fromWorld([(x0 + x1) / 2, (y0 + y1) / 2]);
  return { longitude, latitude, zoom: Math.min(Math.log2(scale), maxZoom) };
}

/**
 * A gentle curve from one point to another, bowed to the left of the direction of travel by
 * `bend` times the distance between them; drawn in Mercator so it looks the same at every zoom.
 */
export function curve(from: LonLat, to: LonLat, bend: number, segments = 32): LonLat[] {
  const [ax, ay] = toWorld(from);
  const [bx, by] = toWorld(to);
  const [mx, my] = [(ax + bx) / 2, (ay + by) / 2];
  // On screen y grows downwards, so the left-hand normal of (dx, dy) is (dy, -dx).
  const [cx, cy] = [mx + (by - ay) * bend, my - (bx - ax) * bend];
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    points.push(
      fromWorld([
        u * u * ax + 2 * u * t * cx + t * t * bx,
        u * u * ay + 2 * u * t * cy + t * t * by,
      ]),
    );
  }
  return points;
}

/** The direction of travel at a point of a path, in degrees counter-clockwise from east on screen. */
export function screenAngle(a: LonLat, b: LonLat): number {
  const [ax, ay] = toWorld(a);
  const [bx, by] = toWorld(b);
  return Math.atan2(-(by - ay), bx - ax) / RAD;
}
