import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRY_LABELS } from '../src/panels/map/label-data';
import {
  buildBasemap,
  clipRing,
  eastOf,
  tumenRiver,
  TUMEN_WEST,
  unwrapRing,
} from './build-basemap';

const source = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../node_modules/world-atlas/countries-50m.json'),
    'utf8',
  ),
) as Topology;
const built = buildBasemap(source);
const text = JSON.stringify(built);
const countries = feature(
  built,
  built.objects.countries as GeometryCollection,
) as FeatureCollection<MultiPolygon, { name: string }>;

function inRing([x = 0, y = 0]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] as Position;
    const [xj = 0, yj = 0] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The name of the country a point falls in, or "sea". */
function countryAt(point: Position): string {
  const hit = countries.features.find((f) =>
    f.geometry.coordinates.some(
      ([outer, ...holes]) =>
        outer !== undefined && inRing(point, outer) && !holes.some((h) => inRing(point, h)),
    ),
  );
  return hit?.properties.name ?? 'sea';
}

describe('clipRing', () => {
  const square: Position[] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];
  it('cuts a ring at the edges of the box and keeps it closed', () => {
    const clipped = clipRing(square, { west: 5, south: -1, east: 20, north: 20 });
    expect(clipped).toEqual([
      [5, 0],
      [10, 0],
      [10, 10],
      [5, 10],
      [5, 0],
    ]);
  });
  it('drops a ring entirely outside the box', () => {
    expect(clipRing(square, { west: 20, south: 0, east: 30, north: 10 })).toBeNull();
  });
});

describe('unwrapRing', () => {
  it('makes a ring that crosses the antimeridian continuous', () => {
    const ring = unwrapRing([
      [179, 65],
      [-179, 65],
      [-179, 66],
      [179, 66],
      [179, 65],
    ]);
    expect(ring.map(([lon]) => lon)).toEqual([179, 181, 181, 179, 179]);
  });
});

describe('the built basemap', () => {
  it('stays under 60 kB gzipped', () => {
    expect(gzipSync(text).length).toBeLessThanOrEqual(60_000);
  });

  it('keeps every longitude within the region, so nothing crosses the antimeridian', () => {
    const longitudes = countries.features.flatMap((f) =>
      f.geometry.coordinates.flat(2).map(([lon = 0]) => lon),
    );
    expect(Math.max(...longitudes)).toBeLessThanOrEqual(180);
    expect(Math.min(...longitudes)).toBeGreaterThanOrEqual(-25);
  });

  it('keeps the countries the dashboard is about', () => {
    const names = countries.features.map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['North Korea', 'Russia', 'Ukraine', 'Japan']));
    expect(names).not.toContain('Canada');
  });

  it('puts each side of the Tumen crossing in its country', () => {
    expect(countryAt([130.6081, 42.4214])).toBe('North Korea'); // Tumangang station
    expect(countryAt([130.6453, 42.4281])).toBe('Russia'); // Khasan station
    expect(countryAt([127.657091, 39.920212])).toBe('North Korea'); // February 11 Plant
    expect(countryAt([36.017, 51.75])).toBe('Russia'); // Kursk
    expect(countryAt([30.5236, 50.45])).toBe('Ukraine'); // Kyiv
  });

  it('has each country label of the map inside its country', () => {
    for (const label of COUNTRY_LABELS)
      for (const position of label.positions)
        expect(countryAt(position), `${label.name} at ${position.join()}`).toBe(label.country);
  });
});

describe('the Tumen river', () => {
  const river = tumenRiver(source);
  const points = river.geometry.coordinates.flat();

  it('cuts a line at a meridian and keeps what lies east of it', () => {
    expect(
      eastOf(
        [
          [0, 0],
          [2, 2],
          [4, 0],
        ],
        1,
      ),
    ).toEqual([
      [
        [1, 1],
        [2, 2],
        [4, 0],
      ],
    ]);
    expect(
      eastOf(
        [
          [0, 0],
          [0.5, 1],
        ],
        1,
      ),
    ).toEqual([]);
  });

  it('runs along North Korea’s borders east of Paektu-san, past the crossing to the sea', () => {
    expect(Math.min(...points.map(([lon = 0]) => lon))).toBeGreaterThanOrEqual(TUMEN_WEST);
    const km = ([lon = 0, lat = 0]: Position, [lon2, lat2]: [number, number]) =>
      Math.hypot((lon - lon2) * 111.3 * Math.cos((lat * Math.PI) / 180), (lat - lat2) * 111.3);
    const nearest = (target: [number, number]) => Math.min(...points.map((p) => km(p, target)));
    // Natural Earth's 1:50m line is a kilometre or two from the surveyed bridge.
    expect(nearest([130.641056, 42.415167])).toBeLessThan(3);
    // It reaches the coast at the river's mouth.
    expect(nearest([130.69, 42.3])).toBeLessThan(2);
  });

  it('stays within its 3 kB gzipped budget', () => {
    expect(gzipSync(JSON.stringify(river)).length).toBeLessThanOrEqual(3_000);
  });
});
