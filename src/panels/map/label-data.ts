import type { LonLat } from './geo';
import type { PlaceSymbol } from './map-places';

// What the labeller knows about this map: pure data, kept apart from the placing.

/** Places that sit too close to label apart at a small scale, and the name they share then. */
export const LABEL_GROUPS = [
  {
    ids: ['tumangang-station', 'friendship-bridge', 'khasan-station'],
    name: 'Tumen river crossing',
  },
  { ids: ['kyiv', 'kyiv-oblast'], name: 'Kyiv and its region' },
];

/**
 * Country names for orientation, each within a zoom range; drawn only where no place label needs
 * the room. A test checks every point lies inside its country on the shipped basemap.
 */
export const COUNTRY_LABELS: {
  name: string;
  country: string;
  position: LonLat;
  zoom: [number, number];
}[] = [
  { name: 'RUSSIA', country: 'Russia', position: [84, 56], zoom: [0, 6] },
  { name: 'UKRAINE', country: 'Ukraine', position: [31.2, 48.4], zoom: [0, 8] },
  { name: 'BELARUS', country: 'Belarus', position: [28, 53.6], zoom: [0, 8] },
  { name: 'KAZAKHSTAN', country: 'Kazakhstan', position: [67, 48], zoom: [0, 7] },
  { name: 'MONGOLIA', country: 'Mongolia', position: [103, 46.6], zoom: [0, 7] },
  { name: 'CHINA', country: 'China', position: [104, 35], zoom: [0, 6] },
  { name: 'NORTH KOREA', country: 'North Korea', position: [126.3, 40.6], zoom: [0, 8] },
  { name: 'SOUTH KOREA', country: 'South Korea', position: [128, 36.3], zoom: [0, 8] },
  { name: 'JAPAN', country: 'Japan', position: [138.5, 37.2], zoom: [0, 8] },
  // Which side of the Tumen is which, in the crossing close-up.
  { name: 'NORTH KOREA', country: 'North Korea', position: [130.45, 42.33], zoom: [9, 20] },
  { name: 'RUSSIA', country: 'Russia', position: [130.72, 42.46], zoom: [9, 20] },
];

/** Which places keep their label when space runs out. */
export const LABEL_PRIORITY: Record<PlaceSymbol, number> = {
  factory: 9,
  combat: 9,
  strike: 8,
  crossing: 7,
  port: 7,
  summit: 6,
  station: 5,
  capital: 4,
  place: 3,
};
