import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Built by scripts/build-basemap.ts on every build and dev start; served from our own origin. */
export const BASEMAP_URL = `${import.meta.env.BASE_URL}basemap/countries-region.json`;

/** Land to fill, and the borders between countries drawn apart so clipped edges never show. */
export interface Basemap {
  countries: FeatureCollection;
  borders: Feature<MultiLineString>;
}

export function decodeBasemap(topology: Topology): Basemap {
  const countries = topology.objects.countries as GeometryCollection;
  return {
    countries: feature(topology, countries) as FeatureCollection,
    borders: {
      type: 'Feature',
      properties: {},
      geometry: mesh(topology, countries, (a, b) => a !== b),
    },
  };
}

export async function fetchBasemap(): Promise<Basemap> {
  const response = await fetch(BASEMAP_URL);
  if (!response.ok) throw new Error(`The basemap could not be loaded (HTTP ${response.status}).`);
  return decodeBasemap((await response.json()) as Topology);
}
