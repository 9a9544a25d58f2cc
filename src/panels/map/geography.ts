import type { LonLat } from './geo';
import type { MapPlace } from './map-places';
import { CROSSING_PLACE_IDS } from './map-views';

/**
 * The rail line at the crossing, drawn schematically: straight from Tumangang station over the
 * Friendship Bridge to Khasan station, at the dataset's own coordinates. No public-domain source
 * we can ship traces the track; the key and the tooltip say the line is schematic.
 */
export function railLine(places: MapPlace[]): LonLat[] | undefined {
  const byId = new Map(places.map((p) => [p.id, p.position]));
  const points = CROSSING_PLACE_IDS.map((id) => byId.get(id));
  return points.every((p) => p !== undefined) ? (points as LonLat[]) : undefined;
}
