import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../testing/published-dataset';
import { project, type LonLat, type MapViewState } from './geo';
import { mapLayout, rectOf, type ViewId, type ViewRect } from './map-layout';
import { mapPlaces } from './map-places';
import {
  clampView,
  crossingView,
  fittedView,
  frontView,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  placesOf,
  zoomBy,
} from './map-views';
import { STAGES } from './test-stages';

const places = mapPlaces(publishedDataset());
const at = (id: string): LonLat => {
  const p = places.find((q) => q.id === id);
  if (!p) throw new Error(id);
  return p.position;
};
const inside = ([x, y]: [number, number], size: { width: number; height: number }) =>
  x > 0 && x < size.width && y > 0 && y < size.height;
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

const fitted = (size: { width: number; height: number }, id: ViewId) => {
  const rect = rectOf(mapLayout(size), id);
  return { rect, view: fittedView(id, rect, places) };
};

describe('each view fits its own places', () => {
  for (const [name, size] of Object.entries(STAGES))
    it(`at ${name} px, every place of each view lies inside it, and the plant and crossing apart`, () => {
      for (const id of ['border', 'front', 'overview'] as ViewId[]) {
        const { rect, view } = fitted(size, id);
        for (const place of placesOf(id, places))
          expect(inside(project(place.position, view, rect), rect), `${id}: ${place.id}`).toBe(
            true,
          );
      }
      const { rect, view } = fitted(size, 'border');
      const plant = project(at('february-11-plant'), view, rect);
      const bridge = project(at('friendship-bridge'), view, rect);
      expect(distance(plant, bridge)).toBeGreaterThan(40);
    });

  it('fits the overview beside the insets on a wide stage', () => {
    const { rect, view } = fitted(STAGES['1366'], 'overview');
    const border = rectOf(mapLayout(STAGES['1366']), 'border');
    for (const place of places)
      expect(project(place.position, view, rect)[0]).toBeLessThan(border.x);
  });
});

describe('the presets', () => {
  const rect: ViewRect = rectOf(mapLayout(STAGES['1366']), 'border');
  it('shows the two stations and the bridge apart in the crossing close-up', () => {
    const view = crossingView(rect, places);
    expect(view.zoom).toBeGreaterThan(9);
    const points = ['tumangang-station', 'friendship-bridge', 'khasan-station'].map((id) =>
      project(at(id), view, rect),
    );
    for (const p of points) expect(inside(p, rect)).toBe(true);
    expect(distance(points[0]!, points[1]!)).toBeGreaterThan(40);
  });

  it('brings the front close: Kursk Oblast, without the strike sites in Ukraine', () => {
    const front = rectOf(mapLayout(STAGES['1366']), 'front');
    const view = frontView(front, places);
    expect(view.zoom).toBeGreaterThan(fittedView('front', front, places).zoom);
    expect(inside(project(at('kursk-oblast'), view, front), front)).toBe(true);
    expect(inside(project(at('kyiv'), view, front), front)).toBe(false);
  });
});

describe('clampView, zoomBy and panBy', () => {
  const size = { width: 1260, height: 558 };
  it('keeps the zoom in range', () => {
    expect(clampView({ longitude: 80, latitude: 50, zoom: 30 }, size).zoom).toBe(MAX_ZOOM);
    expect(clampView({ longitude: 80, latitude: 50, zoom: -2 }, size).zoom).toBe(MIN_ZOOM);
    expect(zoomBy({ longitude: 80, latitude: 50, zoom: 5 }, 1, size).zoom).toBe(6);
  });

  it('keeps the view’s centre over the basemap', () => {
    const view = clampView({ longitude: -120, latitude: -40, zoom: 4 });
    expect(view).toEqual({ longitude: -25, latitude: 0, zoom: 4 });
  });

  it('moves a view by a share of its width', () => {
    const start: MapViewState = { longitude: 80, latitude: 50, zoom: 5 };
    const moved = panBy(start, [0.5, 0], size);
    const [x] = project([start.longitude, start.latitude], moved, size);
    expect(x).toBeCloseTo(size.width / 2 - size.width / 2, 6);
    expect(moved.zoom).toBe(5);
  });
});
