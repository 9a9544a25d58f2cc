import type { MessageId } from '../../i18n/messages';
import type { LonLat } from './geo';
import type { PlaceSymbol } from './map-places';

// What the labeller knows about this map: pure data, kept apart from the placing.

/**
 * Places that sit too close to label apart at a small scale, and the name they share then (a
 * message: the crossing's is written to break after the station names when a label wraps).
 */
export const LABEL_GROUPS: { ids: string[]; name: MessageId }[] = [
  { ids: ['tumangang-station', 'friendship-bridge', 'khasan-station'], name: 'map.group.crossing' },
  { ids: ['kyiv', 'kyiv-oblast'], name: 'map.group.kyiv' },
];

/**
 * Country names for orientation, each with the points it may be written at, in order of
 * preference, and the zoom range it is written in; a view uses the first point that lies inside
 * it and has room. A test checks every point lies inside its country on the shipped basemap.
 * `name` is the label in English, which names the label's id; `label` the message drawn.
 */
export const COUNTRY_LABELS: {
  name: string;
  label: MessageId;
  country: string;
  positions: LonLat[];
  zoom: [number, number];
}[] = [
  {
    name: 'NORTH KOREA',
    label: 'map.country.north-korea',
    country: 'North Korea',
    positions: [
      [126.3, 40.6],
      [127.2, 40.9],
    ],
    zoom: [0, 9],
  },
  {
    name: 'RUSSIA',
    label: 'map.country.russia',
    country: 'Russia',
    positions: [
      [84, 56],
      [131.3, 43.45],
      [133.4, 44],
      [37.7, 51.25],
      [38.5, 52.1],
    ],
    zoom: [0, 9],
  },
  {
    name: 'CHINA',
    label: 'map.country.china',
    country: 'China',
    positions: [
      [104, 35],
      [128.4, 43.05],
      [126.9, 42.75],
    ],
    zoom: [0, 9],
  },
  {
    name: 'UKRAINE',
    label: 'map.country.ukraine',
    country: 'Ukraine',
    positions: [
      [31.2, 48.4],
      [33.6, 50.55],
      [32.2, 49.4],
    ],
    zoom: [0, 9],
  },
  {
    name: 'BELARUS',
    label: 'map.country.belarus',
    country: 'Belarus',
    positions: [[28, 53.6]],
    zoom: [0, 8],
  },
  {
    name: 'KAZAKHSTAN',
    label: 'map.country.kazakhstan',
    country: 'Kazakhstan',
    positions: [[67, 48]],
    zoom: [0, 7],
  },
  {
    name: 'MONGOLIA',
    label: 'map.country.mongolia',
    country: 'Mongolia',
    positions: [[103, 46.6]],
    zoom: [0, 7],
  },
  {
    name: 'SOUTH KOREA',
    label: 'map.country.south-korea',
    country: 'South Korea',
    positions: [[128, 36.3]],
    zoom: [0, 8],
  },
  {
    name: 'JAPAN',
    label: 'map.country.japan',
    country: 'Japan',
    positions: [[138.5, 37.2]],
    zoom: [0, 8],
  },
  // Which side of the Tumen is which, in the crossing close-up.
  {
    name: 'NORTH KOREA',
    label: 'map.country.north-korea',
    country: 'North Korea',
    positions: [[130.6, 42.375]],
    zoom: [9, 20],
  },
  {
    name: 'RUSSIA',
    label: 'map.country.russia',
    country: 'Russia',
    positions: [[130.675, 42.445]],
    zoom: [9, 20],
  },
];

/**
 * Which places keep their label when space runs out: the crossing (whose label, with its railcar
 * count, is the hardest to fit), the plant and the front first, capitals (Moscow among them) after
 * every place of the story, country names last of all.
 */
export const LABEL_PRIORITY: Record<PlaceSymbol, number> = {
  crossing: 11,
  factory: 10,
  combat: 10,
  strike: 8,
  port: 7,
  summit: 6,
  station: 5,
  capital: 4,
  place: 3,
};
