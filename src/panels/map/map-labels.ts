import type { DatasetEvent } from '../../dataset/schema';
import { formatDate } from '../../lib/format';
import { project, type LonLat, type MapViewState } from './geo';
import { COUNTRY_LABELS, LABEL_GROUPS, LABEL_PRIORITY } from './label-data';
import type { MapPlace } from './map-places';

/** A label placed on the map: text, anchor point and the side of the point it sits on. */
export interface MapLabel {
  id: string;
  text: string;
  position: LonLat;
  kind: 'place' | 'country';
  pixelOffset: [number, number];
  textAnchor: 'start' | 'middle' | 'end';
  alignmentBaseline: 'top' | 'center' | 'bottom';
}

/** ["2 Jan, 6 Jan and 7 Feb 2024", "24 Apr 2025"]: the dates of events, one entry per year. */
export function datesByYear(events: DatasetEvent[]): string[] {
  const years = new Map<string, string[]>();
  for (const { date } of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    const year = date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), formatDate(date, 'short').replace(/ \d{4}$/, '')]);
  }
  return [...years].map(([year, days]) => {
    const unique = [...new Set(days)];
    const last = unique.pop();
    return `${unique.length ? `${unique.join(', ')} and ` : ''}${last} ${year}`;
  });
}

/** "2 Jan, 6 Jan and 7 Feb 2024; 24 Apr 2025": each year written once. */
export const strikeDates = (events: DatasetEvent[]) => datesByYear(events).join('; ');

/** One name for a cluster: a group's shared name stands for its members. */
function clusterName(members: MapPlace[]): string {
  const names: string[] = [];
  for (const member of members) {
    const group = LABEL_GROUPS.find(
      (g) => g.ids.includes(member.id) && members.filter((m) => g.ids.includes(m.id)).length > 1,
    );
    const name = group?.name ?? member.name;
    if (!names.includes(name)) names.push(name);
  }
  return names.join(' · ');
}

function clusterText(members: MapPlace[]): string {
  const lines = [clusterName(members)];
  const strikes = members.flatMap((m) => m.strikes);
  // One line per year keeps strike labels narrow; the legend says the dates are of strikes.
  lines.push(...datesByYear(strikes));
  if (members.some((m) => m.inferred)) lines.push('(identification inferred)');
  return lines.join('\n');
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A generous guess at the size of a label in the map's 12.5 px semi-bold font; no canvas needed. */
export function labelSize(text: string, fontSize = 12.5): { width: number; height: number } {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  return { width: longest * fontSize * 0.6 + 6, height: lines.length * fontSize * 1.2 + 4 };
}

const GAP = 11;
const MAX_WIDTH_SHARE = 0.4;
const DIAGONAL = 7;
/** Where a label may sit around its point, in order of preference: beside, then above or below. */
const SIDES: Pick<MapLabel, 'pixelOffset' | 'textAnchor' | 'alignmentBaseline'>[] = [
  { pixelOffset: [GAP, 0], textAnchor: 'start', alignmentBaseline: 'center' },
  { pixelOffset: [-GAP, 0], textAnchor: 'end', alignmentBaseline: 'center' },
  { pixelOffset: [DIAGONAL, -DIAGONAL], textAnchor: 'start', alignmentBaseline: 'bottom' },
  { pixelOffset: [DIAGONAL, DIAGONAL], textAnchor: 'start', alignmentBaseline: 'top' },
  { pixelOffset: [-DIAGONAL, -DIAGONAL], textAnchor: 'end', alignmentBaseline: 'bottom' },
  { pixelOffset: [-DIAGONAL, DIAGONAL], textAnchor: 'end', alignmentBaseline: 'top' },
  { pixelOffset: [0, -GAP], textAnchor: 'middle', alignmentBaseline: 'bottom' },
  { pixelOffset: [0, GAP], textAnchor: 'middle', alignmentBaseline: 'top' },
];
const CENTRED: (typeof SIDES)[number][] = [
  { pixelOffset: [0, 0], textAnchor: 'middle', alignmentBaseline: 'center' },
];

/** The screen box of a label's text at a point, on the side its offset and anchors put it. */
export function labelBox(
  [x, y]: [number, number],
  side: Pick<MapLabel, 'pixelOffset' | 'textAnchor' | 'alignmentBaseline'>,
  text: string,
): Box {
  const { width, height } = labelSize(text);
  const left =
    x +
    side.pixelOffset[0] -
    (side.textAnchor === 'start' ? 0 : side.textAnchor === 'end' ? width : width / 2);
  const top =
    y +
    side.pixelOffset[1] -
    (side.alignmentBaseline === 'top'
      ? 0
      : side.alignmentBaseline === 'bottom'
        ? height
        : height / 2);
  return { left, top, right: left + width, bottom: top + height };
}

/**
 * Labels that do not overlap at this view: places closer than `clusterPx` share one label, then
 * each label, most important first, takes the first side of its point where it collides with no
 * other label, symbol or the map's edge; a label with no room, or wider than two fifths of the
 * map, is left out (its tooltip remains).
 */
export function placeLabels(
  places: MapPlace[],
  view: MapViewState,
  size: { width: number; height: number },
  { clusterPx = 14, countries = true }: { clusterPx?: number; countries?: boolean } = {},
): MapLabel[] {
  const screen = new Map(places.map((p) => [p.id, project(p.position, view, size)]));
  const ordered = [...places].sort((a, b) => LABEL_PRIORITY[b.symbol] - LABEL_PRIORITY[a.symbol]);
  const clusters: { anchor: MapPlace; members: MapPlace[] }[] = [];
  for (const place of ordered) {
    const [x, y] = screen.get(place.id) ?? [0, 0];
    const near = clusters.find(({ anchor }) => {
      const [ax, ay] = screen.get(anchor.id) ?? [0, 0];
      return Math.hypot(ax - x, ay - y) < clusterPx;
    });
    if (near) near.members.push(place);
    else clusters.push({ anchor: place, members: [place] });
  }
  const taken: Box[] = [...screen.values()].map(([x, y]) => ({
    left: x - 7,
    top: y - 7,
    right: x + 7,
    bottom: y + 7,
  }));
  const frame: Box = { left: 2, top: 2, right: size.width - 2, bottom: size.height - 2 };
  const fits = (box: Box) =>
    box.left >= frame.left &&
    box.right <= frame.right &&
    box.top >= frame.top &&
    box.bottom <= frame.bottom &&
    !taken.some((other) => overlaps(box, other));

  const labels: MapLabel[] = [];
  const place = (
    id: string,
    text: string,
    position: LonLat,
    kind: MapLabel['kind'],
    sides: (typeof SIDES)[number][],
  ) => {
    // On a narrow map a long label reaches so far from its point that it reads as another place's.
    if (labelSize(text).width > size.width * MAX_WIDTH_SHARE) return;
    const point = project(position, view, size);
    for (const side of sides) {
      const box = labelBox(point, side, text);
      if (!fits(box)) continue;
      taken.push(box);
      labels.push({ id, text, position, kind, ...side });
      return;
    }
  };
  for (const { anchor, members } of clusters)
    place(anchor.id, clusterText(members), anchor.position, 'place', SIDES);
  if (countries)
    for (const { name, position, zoom } of COUNTRY_LABELS)
      if (view.zoom >= zoom[0] && view.zoom < zoom[1])
        place(`country-${name}-${position.join()}`, name, position, 'country', CENTRED);
  return labels;
}
