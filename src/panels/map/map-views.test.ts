import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../testing/published-dataset';
import { project, toWorld } from './geo';
import { clampView, crossingView, firstView, MAX_ZOOM, MIN_ZOOM, zoomBy } from './map-views';

const places = new Map(publishedDataset().places.map((p) => [p.id, [p.lon, p.lat] as const]));
const at = (id: string): [number, number] => {
  const p = places.get(id);
  if (!p) throw new Error(id);
  return [p[0], p[1]];
};
const inside = ([x, y]: [number, number], size: { width: number; height: number }) =>
  x > 0 && x < size.width && y > 0 && y < size.height;

const SIZES = {
  desktop: { width: 1260, height: 558 },
  phone: { width: 366, height: 320 },
};

describe('the first view', () => {
  for (const [name, size] of Object.entries(SIZES))
    it(`shows North Korea, Russia's Far East and Ukraine on a ${name}`, () => {
      const view = firstView(size);
      for (const id of ['february-11-plant', 'vostochny-cosmodrome', 'kyiv', 'kharkiv', 'moscow'])
        expect(inside(project(at(id), view, size), size), id).toBe(true);
      // Ukraine's western border and the Tumen mouth.
      expect(inside(project([22.2, 48.4], view, size), size)).toBe(true);
      expect(inside(project([130.7, 42.3], view, size), size)).toBe(true);
    });
});

describe('the crossing close-up', () => {
  it('shows the two stations and the bridge apart, at street scale', () => {
    const size = SIZES.desktop;
    const view = crossingView(size);
    expect(view.zoom).toBeGreaterThan(10);
    const points = ['tumangang-station', 'friendship-bridge', 'khasan-station'].map((id) =>
      project(at(id), view, size),
    );
    for (const p of points) expect(inside(p, size)).toBe(true);
    const [a, b] = points;
    expect(
      Math.hypot((a?.[0] ?? 0) - (b?.[0] ?? 0), (a?.[1] ?? 0) - (b?.[1] ?? 0)),
    ).toBeGreaterThan(40);
  });
});

describe('clampView', () => {
  it('keeps the zoom in range', () => {
    const size = SIZES.desktop;
    expect(clampView({ longitude: 80, latitude: 50, zoom: 30 }, size).zoom).toBe(MAX_ZOOM);
    expect(clampView({ longitude: 80, latitude: 50, zoom: -2 }, size).zoom).toBe(MIN_ZOOM);
    expect(zoomBy({ longitude: 80, latitude: 50, zoom: 5 }, 1, size).zoom).toBe(6);
  });

  it('never pans past the edge of the basemap', () => {
    const size = SIZES.desktop;
    const view = clampView({ longitude: -120, latitude: -40, zoom: 4 }, size);
    const [left, bottom] = project([-25, 0], view, size);
    expect(left).toBeLessThanOrEqual(0.001);
    expect(bottom).toBeGreaterThanOrEqual(size.height - 0.001);
    // Only the view's centre moved.
    expect(toWorld([view.longitude, view.latitude])[0]).toBeGreaterThan(toWorld([-120, 0])[0]);
  });
});
