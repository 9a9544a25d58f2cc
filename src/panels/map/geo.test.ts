import { WebMercatorViewport } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { curve, fitBounds, fromWorld, project, screenAngle, toWorld } from './geo';

describe('Web Mercator helpers', () => {
  it('round-trips a point through world coordinates', () => {
    const [lon, lat] = fromWorld(toWorld([130.6081, 42.4214]));
    expect(lon).toBeCloseTo(130.6081, 9);
    expect(lat).toBeCloseTo(42.4214, 9);
  });

  it('fits bounds as deck.gl does, and projects as deck.gl does', () => {
    const size = { width: 1260, height: 560 };
    const ours = fitBounds({ west: 22, south: 37.5, east: 142, north: 58 }, size, { padding: 16 });
    const deck = new WebMercatorViewport(size).fitBounds(
      [
        [22, 37.5],
        [142, 58],
      ],
      { padding: 16 },
    );
    expect(ours.longitude).toBeCloseTo(deck.longitude, 6);
    expect(ours.latitude).toBeCloseTo(deck.latitude, 6);
    expect(ours.zoom).toBeCloseTo(deck.zoom, 6);
    const viewport = new WebMercatorViewport({ ...size, ...ours });
    const [x, y] = project([36.017, 51.75], ours, size);
    const [dx, dy] = viewport.project([36.017, 51.75]);
    expect(x).toBeCloseTo(dx ?? NaN, 3);
    expect(y).toBeCloseTo(dy ?? NaN, 3);
  });

  it('bows a curve to the left of travel and ends on its endpoints', () => {
    const path = curve([0, 0], [10, 0], 0.2);
    expect(path[0]).toEqual([0, 0]);
    expect(path.at(-1)?.[0]).toBeCloseTo(10, 9);
    expect(path[16]?.[1]).toBeGreaterThan(0); // travelling east, left is north
    expect(curve([10, 0], [0, 0], 0.2)[16]?.[1]).toBeLessThan(0);
  });

  it('measures screen angles counter-clockwise from east', () => {
    expect(screenAngle([0, 0], [1, 0])).toBeCloseTo(0, 6);
    expect(screenAngle([0, 0], [0, 1])).toBeCloseTo(90, 6);
    expect(Math.abs(screenAngle([0, 0], [-1, 0]))).toBeCloseTo(180, 6);
  });
});
