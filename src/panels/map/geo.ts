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

export type Padding = number | { left: number; right: number; top: number; bottom: number };

/** The view that shows the bounds whole inside a viewport, with padding on every side. */
export function fitBounds(
  bounds: Bounds,
  size: { width: number; height: number },
  { padding = 20, maxZoom = 20 }: { padding?: Padding; maxZoom?: number } = {},
): MapViewState {
  const pad =
    typeof padding === 'number'
      ? { left: padding, right: padding, top: padding, bottom: padding }
      : padding;
  const [x0, y0] = toWorld([bounds.west, bounds.north]);
  const [x1, y1] = toWorld([bounds.east, bounds.south]);
  const width = Math.max(size.width - pad.left - pad.right, 1);
  const height = Math.max(size.height - pad.top - pad.bottom, 1);
  const scale = Math.min(width / Math.max(x1 - x0, 1e-9), height / Math.max(y1 - y0, 1e-9));
  const zoom = Math.min(Math.log2(scale), maxZoom);
  const applied = 2 ** zoom;
  // The padding's imbalance moves the centre so the bounds sit in the middle of the free room.
  const cx = (x0 + x1) / 2 + (pad.right - pad.left) / 2 / applied;
  const cy = (y0 + y1) / 2 + (pad.bottom - pad.top) / 2 / applied;
  const [longitude, latitude] = fromWorld([cx, cy]);
  return { longitude, latitude, zoom };
}

/** The geographic box a view shows. */
export function viewBounds(view: MapViewState, size: { width: number; height: number }): Bounds {
  const scale = 2 ** view.zoom;
  const [cx, cy] = toWorld([view.longitude, view.latitude]);
  const [west, north] = fromWorld([cx - size.width / 2 / scale, cy - size.height / 2 / scale]);
  const [east, south] = fromWorld([cx + size.width / 2 / scale, cy + size.height / 2 / scale]);
  return { west, south, east, north };
}

/** The smallest box holding every point, or undefined for none. */
export function boundsOf(points: LonLat[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    west: Math.min(...lons),
    east: Math.max(...lons),
    south: Math.min(...lats),
    north: Math.max(...lats),
  };
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
