import { boundsOf, fitBounds, fromWorld, toWorld, type Bounds, type MapViewState } from './geo';
import type { Size, ViewId, ViewRect } from './map-layout';
import type { MapPlace } from './map-places';

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 14;
/** What scripts/build-basemap.ts keeps of the world (its REGION). */
const BASEMAP: Bounds = { west: -25, south: 0, east: 180, north: 82 };
/** From this zoom on, Natural Earth's borders are coarser than the points drawn on them. */
export const DETAIL_LIMIT_ZOOM = 8;

/** The places of the Korea–Russia border region: the plant, the crossing, the port, the capital. */
export const BORDER_PLACE_IDS = [
  'february-11-plant',
  'tumangang-station',
  'friendship-bridge',
  'khasan-station',
  'vostochny-port',
  'pyongyang',
];
/** The three points of the crossing itself, which lie within 5 km of each other. */
export const CROSSING_PLACE_IDS = ['tumangang-station', 'friendship-bridge', 'khasan-station'];
/**
 * The crossing close-up shows at least this much around them: the Tumen on either side of the
 * bridge, so the river and the border show which bank each station is on.
 */
const CROSSING_FRAME: Bounds = { west: 130.57, south: 42.36, east: 130.7, north: 42.46 };

/** Where each view looks when the dataset has none of its places (a researcher's own file). */
const FALLBACK: Record<ViewId, Bounds> = {
  border: { west: 125.5, south: 38.8, east: 133.2, north: 43.2 },
  front: { west: 30, south: 49.8, east: 36.6, north: 52 },
  overview: { west: 22, south: 37.5, east: 142, north: 58 },
};
const MAX_FIT_ZOOM: Record<ViewId, number> = { border: 9, front: 9, overview: 6 };
/** Room for the labels beside the outermost symbols, on top of the layout's own padding. */
const LABEL_ROOM = { x: 34, y: 14 };

const isFront = (p: MapPlace) => p.symbol === 'combat' || p.symbol === 'strike';

/** The places a view is fitted to: every view fits its own places at any size. */
export function placesOf(id: ViewId, places: MapPlace[]): MapPlace[] {
  if (id === 'border') return places.filter((p) => BORDER_PLACE_IDS.includes(p.id));
  if (id === 'front') return places.filter(isFront);
  return places;
}

const clamp = (n: number, min: number, max: number) =>
  min > max ? (min + max) / 2 : Math.min(max, Math.max(min, n));

/**
 * Fitted views are not clamped to the basemap: the overview's places are fitted left of the
 * insets, so its right-hand edge may lie past 180° E, under them.
 */
function fit(bounds: Bounds, rect: ViewRect, maxZoom: number): MapViewState {
  const { padding } = rect;
  const side = Math.min(LABEL_ROOM.x, rect.width * 0.06);
  return fitBounds(bounds, rect, {
    maxZoom,
    padding: {
      left: padding.left + side,
      right: padding.right + side,
      top: padding.top + LABEL_ROOM.y,
      bottom: padding.bottom + LABEL_ROOM.y,
    },
  });
}

/** A view fitted to its places in its box, the overview also to the details' places. */
export function fittedView(id: ViewId, rect: ViewRect, places: MapPlace[]): MapViewState {
  const own = placesOf(id, places);
  const bounds = boundsOf(own.map((p) => p.position)) ?? FALLBACK[id];
  return fit(bounds, rect, MAX_FIT_ZOOM[id]);
}

/** The border view at the crossing: the stations and the bridge apart, with the river's mouth. */
export function crossingView(rect: ViewRect, places: MapPlace[]): MapViewState {
  const points = places.filter((p) => CROSSING_PLACE_IDS.includes(p.id)).map((p) => p.position);
  const own = boundsOf(points);
  const bounds = own
    ? {
        west: Math.min(own.west, CROSSING_FRAME.west),
        south: Math.min(own.south, CROSSING_FRAME.south),
        east: Math.max(own.east, CROSSING_FRAME.east),
        north: Math.max(own.north, CROSSING_FRAME.north),
      }
    : CROSSING_FRAME;
  return clampView(fitBounds(bounds, rect, { padding: rect.padding, maxZoom: 13 }), rect);
}

/**
 * The front view close up: the combat areas with this much ground around them, enough to show
 * where Kursk Oblast meets Ukraine (the region's point is not its centre: see its note).
 */
const FRONT_RADIUS_KM = 80;

export function frontView(rect: ViewRect, places: MapPlace[]): MapViewState {
  const combat = places.filter((p) => p.symbol === 'combat');
  const dLat = FRONT_RADIUS_KM / 111.2;
  const around = combat.flatMap(({ position: [lon, lat] }) => {
    const dLon = dLat / Math.cos((lat * Math.PI) / 180);
    return [
      [lon - dLon, lat - dLat],
      [lon + dLon, lat + dLat],
    ] as [number, number][];
  });
  return fit(boundsOf(around) ?? FALLBACK.front, rect, 9);
}

/**
 * Keeps the view inside the zoom range and its centre over the basemap, so the map can never be
 * dragged off into nothing (a fitted view may show past the basemap's edge, under an inset).
 */
export function clampView(view: MapViewState, _size?: Size): MapViewState {
  return {
    longitude: clamp(view.longitude, BASEMAP.west, BASEMAP.east),
    latitude: clamp(view.latitude, BASEMAP.south, BASEMAP.north),
    zoom: clamp(view.zoom, MIN_ZOOM, MAX_ZOOM),
  };
}

export const zoomBy = (view: MapViewState, step: number, size: Size): MapViewState =>
  clampView({ ...view, zoom: view.zoom + step }, size);

/** Moves a view by a share of its size: [1, 0] moves it one width east. */
export function panBy(view: MapViewState, [dx, dy]: [number, number], size: Size): MapViewState {
  const scale = 2 ** view.zoom;
  const [x, y] = toWorld([view.longitude, view.latitude]);
  const [longitude, latitude] = fromWorld([
    x + (dx * size.width) / scale,
    y + (dy * size.height) / scale,
  ]);
  return clampView({ longitude, latitude, zoom: view.zoom }, size);
}
