import { fitBounds, fromWorld, toWorld, type Bounds, type MapViewState } from './geo';

/** North Korea, Russia's Far East and Ukraine: the whole story in one view. */
export const FIRST_VIEW: Bounds = { west: 22, south: 37.5, east: 142, north: 58 };
/** The same, with room west of Kyiv and east of the Tumen for their labels, where space allows. */
export const FIRST_VIEW_LABELLED: Bounds = { west: 8, south: 37.5, east: 150, north: 58 };
const LABELLED_FROM_WIDTH = 700;
/**
 * Tumangang, the Friendship Bridge and Khasan, which lie within 5 km of each other, with the
 * river down to its mouth so the border and the coast show where they are.
 */
export const CROSSING_VIEW: Bounds = { west: 130.5, south: 42.3, east: 130.78, north: 42.5 };

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 14;
/** What scripts/build-basemap.ts keeps of the world (its REGION). */
const BASEMAP: Bounds = { west: -25, south: 0, east: 180, north: 82 };

export type Size = { width: number; height: number };

export function firstView(size: Size): MapViewState {
  const bounds = size.width >= LABELLED_FROM_WIDTH ? FIRST_VIEW_LABELLED : FIRST_VIEW;
  return clampView(fitBounds(bounds, size, { padding: Math.min(16, size.width / 20) }), size);
}

/** From this zoom on, Natural Earth's borders are coarser than the points drawn on them. */
export const DETAIL_LIMIT_ZOOM = 8;

export const crossingView = (size: Size): MapViewState =>
  clampView(fitBounds(CROSSING_VIEW, size, { padding: 24, maxZoom: 13 }), size);

const clamp = (n: number, min: number, max: number) =>
  min > max ? (min + max) / 2 : Math.min(max, Math.max(min, n));

/**
 * Keeps the view inside the zoom range and over the basemap: where the window is smaller than
 * the basemap, its edges never show; where it is larger, the basemap stays centred.
 */
export function clampView(view: MapViewState, size: Size): MapViewState {
  const zoom = clamp(view.zoom, MIN_ZOOM, MAX_ZOOM);
  const scale = 2 ** zoom;
  const [left, top] = toWorld([BASEMAP.west, BASEMAP.north]);
  const [right, bottom] = toWorld([BASEMAP.east, BASEMAP.south]);
  const [x, y] = toWorld([view.longitude, view.latitude]);
  const halfWidth = size.width / 2 / scale;
  const halfHeight = size.height / 2 / scale;
  const [longitude, latitude] = fromWorld([
    clamp(x, left + halfWidth, right - halfWidth),
    clamp(y, top + halfHeight, bottom - halfHeight),
  ]);
  return { longitude, latitude, zoom };
}

export const zoomBy = (view: MapViewState, step: number, size: Size): MapViewState =>
  clampView({ ...view, zoom: view.zoom + step }, size);
