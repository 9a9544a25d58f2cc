import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { t } from './map-messages';

/** Built by scripts/build-basemap.ts on every build and dev start; served from our own origin. */
export const BASEMAP_URL = `${import.meta.env.BASE_URL}basemap/countries-region.json`;
/** The Tumen, from the same 1:50m borders (see the script): built and served the same way. */
export const RIVER_URL = `${import.meta.env.BASE_URL}basemap/tumen.json`;

/** Land to fill, and the borders between countries drawn apart so clipped edges never show. */
export interface Basemap {
  countries: FeatureCollection;
  borders: Feature<MultiLineString>;
  /** Undefined when the river's file could not be loaded: the map draws without it. */
  river: Feature<MultiLineString> | undefined;
}

export function decodeBasemap(topology: Topology, river?: Feature<MultiLineString>): Basemap {
  const countries = topology.objects.countries as GeometryCollection;
  return {
    countries: feature(topology, countries) as FeatureCollection,
    borders: {
      type: 'Feature',
      properties: {},
      geometry: mesh(topology, countries, (a, b) => a !== b),
    },
    river,
  };
}

async function fetchRiver(): Promise<Feature<MultiLineString> | undefined> {
  try {
    const response = await fetch(RIVER_URL);
    return response.ok ? ((await response.json()) as Feature<MultiLineString>) : undefined;
  } catch {
    return undefined;
  }
}

export async function fetchBasemap(): Promise<Basemap> {
  const [response, river] = await Promise.all([fetch(BASEMAP_URL), fetchRiver()]);
  if (!response.ok) throw new Error(t('map.basemapHttp', { status: String(response.status) }));
  return decodeBasemap((await response.json()) as Topology, river);
}
