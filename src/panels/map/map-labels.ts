import type { DatasetEvent } from '../../dataset/schema';
import { formatDate } from '../../lib/format';
import { pageLocale } from '../../i18n/locale';
import { localDateParts } from '../../i18n/messages';
import { t } from './map-messages';
import { project, type LonLat, type MapViewState } from './geo';
import { crossingFigure, crossingFigureLines } from './crossing-figure';
import { COUNTRY_LABELS, LABEL_GROUPS, LABEL_PRIORITY } from './label-data';
import type { MapPlace } from './map-places';

type Side = Pick<MapLabel, 'pixelOffset' | 'textAnchor' | 'alignmentBaseline'>;

/** A label placed on the map: text, anchor point and the side of the point it sits on. */
export interface MapLabel {
  id: string;
  text: string;
  position: LonLat;
  kind: 'place' | 'country' | 'frame';
  /** The places the label names (a cluster's members), empty for countries and frames. */
  placeIds: string[];
  /** True when nothing about the places was on record at the "known as of" date. */
  faded: boolean;
  /** Font size in pixels. */
  size: number;
  pixelOffset: [number, number];
  textAnchor: 'start' | 'middle' | 'end';
  alignmentBaseline: 'top' | 'center' | 'bottom';
}

/** A label the view must carry besides its places', such as a detail's frame on the overview. */
export interface FixedLabel {
  id: string;
  text: string;
  position: LonLat;
  sides: Side[];
}

/** A day or month of a year without the year, as the page's language writes it: "2 січ.". */
function dayOfYear(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return '';
  return d === undefined
    ? localDateParts(Date.UTC(y!, m - 1, 1), { month: 'short' })
    : localDateParts(Date.UTC(y!, m - 1, d), { month: 'short', day: 'numeric' });
}

/** The dates of events in Ukrainian or Korean, one entry per year: "2 січ. і 7 лют. 2024 р.". */
function localDatesByYear(events: DatasetEvent[]): string[] {
  const list = new Intl.ListFormat(pageLocale(), { type: 'conjunction' });
  const years = new Map<string, string[]>();
  for (const { date } of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    const year = date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), dayOfYear(date)]);
  }
  return [...years].map(([year, days]) => {
    const unique = [...new Set(days)].filter(Boolean);
    return unique.length
      ? t('map.datesInYear', { days: list.format(unique), year })
      : formatDate(year, 'short');
  });
}

/** ["2 Jan, 6 Jan and 7 Feb 2024", "24 Apr 2025"]: the dates of events, one entry per year. */
export function datesByYear(events: DatasetEvent[]): string[] {
  if (pageLocale() !== 'en') return localDatesByYear(events);
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
    const name = group ? t(group.name) : member.name.text;
    if (!names.includes(name)) names.push(name);
  }
  return names.join(' · ');
}

/**
 * No-break spaces keep "7 Feb 2024" whole when a label wraps: between a day and its month, and
 * before the year ("лют. 2024 р." in Ukrainian); in Korean, "2024년 2월 7일" holds together.
 */
function keepDatesWhole(dates: string): string {
  const whole = dates.replace(/(\d+) (\p{L}+)/gu, '$1\u00a0$2').replace(/ (\d{4})$/, '\u00a0$1');
  return pageLocale() === 'en'
    ? whole
    : whole
        .replace(/ (\d{4}\u00a0р\.)$/u, '\u00a0$1')
        .replace(/(\p{L}+) (\d+\p{L})/gu, '$1\u00a0$2');
}

/** A cluster's label as lines: its name, the crossing's railcar count, strike dates, caveats. */
export function clusterLines(members: MapPlace[]): string[] {
  const lines = [clusterName(members)];
  // Only the crossing's stations carry railcar counts; the label says the one known at the date.
  const figure = crossingFigure(members);
  if (figure) lines.push(...crossingFigureLines(figure));
  // One line per year keeps strike labels narrow; the legend says the dates are of strikes.
  // No-break spaces keep "7 Feb 2024" whole when the label wraps.
  const dates = datesByYear(members.flatMap((m) => m.strikes));
  lines.push(...dates.map(keepDatesWhole));
  if (members.some((m) => m.inferred)) lines.push(t('map.inferred'));
  return lines;
}

/**
 * Lines no longer than `max` characters, broken at spaces (a longer word keeps its line); a
 * no-break space, as in a date, holds its words together.
 */
export function wrapLines(lines: string[], max: number): string[] {
  return lines.flatMap((line) => {
    const out: string[] = [];
    for (const word of line.split(' ')) {
      const last = out[out.length - 1];
      if (last !== undefined && last.length + 1 + word.length <= max)
        out[out.length - 1] = `${last} ${word}`;
      else out.push(word);
    }
    return out;
  });
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** How far a point lies from a box, 0 inside it. */
export function distanceToBox([x, y]: [number, number], box: Box): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

/** The width of one line of label text at a font size, in pixels. */
export type Measure = (line: string, fontSize: number) => number;

/** A generous guess at a line's width in the map's semi-bold font, where no canvas can measure. */
export const estimateWidth: Measure = (line, fontSize) => line.length * fontSize * 0.62;

/** The box a label's text takes: measured in the browser, estimated in tests. */
export function labelSize(
  text: string,
  fontSize = 12.5,
  measure: Measure = estimateWidth,
): { width: number; height: number } {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => measure(l, fontSize)));
  return { width: longest + 6, height: lines.length * fontSize * 1.2 + 4 };
}

const GAP = 11;
const MAX_WIDTH_SHARE = 0.62;
const DIAGONAL = 7;
/** Where a label may sit around its point, in order of preference: beside, then above or below. */
const SIDES: Side[] = [
  { pixelOffset: [GAP, 0], textAnchor: 'start', alignmentBaseline: 'center' },
  { pixelOffset: [-GAP, 0], textAnchor: 'end', alignmentBaseline: 'center' },
  { pixelOffset: [DIAGONAL, -DIAGONAL], textAnchor: 'start', alignmentBaseline: 'bottom' },
  { pixelOffset: [DIAGONAL, DIAGONAL], textAnchor: 'start', alignmentBaseline: 'top' },
  { pixelOffset: [-DIAGONAL, -DIAGONAL], textAnchor: 'end', alignmentBaseline: 'bottom' },
  { pixelOffset: [-DIAGONAL, DIAGONAL], textAnchor: 'end', alignmentBaseline: 'top' },
  { pixelOffset: [0, -GAP], textAnchor: 'middle', alignmentBaseline: 'bottom' },
  { pixelOffset: [0, GAP], textAnchor: 'middle', alignmentBaseline: 'top' },
];
const CENTRED: Side[] = [
  { pixelOffset: [0, 0], textAnchor: 'middle', alignmentBaseline: 'center' },
];
/** Narrower versions of a long label, tried when the whole one finds no room. */
const WRAP_WIDTHS = [Infinity, 24, 17, 14];

/** The screen box of a label's text at a point, on the side its offset and anchors put it. */
export function labelBox(
  [x, y]: [number, number],
  side: Side,
  text: string,
  fontSize = 12.5,
  measure: Measure = estimateWidth,
): Box {
  const { width, height } = labelSize(text, fontSize, measure);
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

export interface LabelOptions {
  clusterPx?: number;
  countries?: boolean;
  /** Places drawn but not labelled here (the overview leaves the details' places to them). */
  unlabelled?: ReadonlySet<string>;
  /** Labels placed before every place's, such as the names of the details' frames. */
  fixed?: FixedLabel[];
  /** Parts of the view hidden under something else (the insets over the overview). */
  blocked?: Box[];
  /** The labels' font size; country names are a step smaller. */
  fontSize?: number;
  /** How wide a line of text is drawn; an estimate where there is no canvas. */
  measure?: Measure;
}

type Cluster = { anchor: MapPlace; members: MapPlace[] };

/** The story's key places, labelled in every view that shows them if at all possible. */
const KEY_PRIORITY = 10;

/**
 * Labels that do not overlap at this view: places closer than `clusterPx` share one label, then
 * each label, most important first, takes the first side of its point where it collides with no
 * other label, symbol or the map's edge and lies nearer its own symbol than any other (so it
 * never reads as another place's), trying narrower line breaks when the whole label finds no
 * room; a label with no room is left out (its tooltip remains). When a key place (the crossing,
 * the plant, the front) is left out, the placing is tried again with it first, and the try that
 * labels the most key places wins. Country names come last.
 */
export function placeLabels(
  places: MapPlace[],
  view: MapViewState,
  size: { width: number; height: number },
  options: LabelOptions = {},
): MapLabel[] {
  const { clusterPx = 14 } = options;
  const screen = new Map(places.map((p) => [p.id, project(p.position, view, size)]));
  const ordered = [...places].sort(
    (a, b) =>
      Number(b.known) - Number(a.known) || LABEL_PRIORITY[b.symbol] - LABEL_PRIORITY[a.symbol],
  );
  const clusters: Cluster[] = [];
  for (const place of ordered) {
    const [x, y] = screen.get(place.id) ?? [0, 0];
    const near = clusters.find(({ anchor }) => {
      const [ax, ay] = screen.get(anchor.id) ?? [0, 0];
      return Math.hypot(ax - x, ay - y) < clusterPx;
    });
    if (near) near.members.push(place);
    else clusters.push({ anchor: place, members: [place] });
  }
  const wanted = clusters.filter(
    (c) =>
      LABEL_PRIORITY[c.anchor.symbol] >= KEY_PRIORITY &&
      !c.members.every((m) => options.unlabelled?.has(m.id)),
  );
  const score = (labels: MapLabel[]) =>
    wanted.filter((c) => labels.some((l) => l.id === c.anchor.id)).length;
  let best = placeInOrder(clusters, screen, view, size, options);
  for (const missing of wanted.filter((c) => !best.some((l) => l.id === c.anchor.id))) {
    if (score(best) === wanted.length) break;
    const retry = placeInOrder(
      [missing, ...clusters.filter((c) => c !== missing)],
      screen,
      view,
      size,
      options,
    );
    if (score(retry) > score(best)) best = retry;
  }
  return best;
}

function placeInOrder(
  clusters: Cluster[],
  screen: Map<string, [number, number]>,
  view: MapViewState,
  size: { width: number; height: number },
  {
    countries = true,
    unlabelled,
    fixed = [],
    blocked = [],
    fontSize = 12.5,
    measure = estimateWidth,
  }: LabelOptions,
): MapLabel[] {
  const symbols = [...screen.entries()];
  const taken: Box[] = [
    ...blocked,
    ...symbols.map(([, [x, y]]) => ({ left: x - 7, top: y - 7, right: x + 7, bottom: y + 7 })),
  ];
  const frame: Box = { left: 2, top: 2, right: size.width - 2, bottom: size.height - 2 };
  const inFrame = (box: Box) =>
    box.left >= frame.left &&
    box.right <= frame.right &&
    box.top >= frame.top &&
    box.bottom <= frame.bottom;
  const fits = (box: Box) => inFrame(box) && !taken.some((other) => overlaps(box, other));
  /** Nearer its own point than any other symbol, so it cannot be read as another place's. */
  const ownNearest = (box: Box, point: [number, number], members: ReadonlySet<string>) => {
    const own = distanceToBox(point, box);
    return symbols.every(([id, p]) => members.has(id) || distanceToBox(p, box) > own + 2);
  };

  const labels: MapLabel[] = [];
  const place = (
    label: Omit<MapLabel, keyof Side | 'text' | 'size'>,
    lines: string[],
    sides: Side[],
  ): boolean => {
    const point = project(label.position, view, size);
    const members = new Set(label.placeIds);
    const px = label.kind === 'country' ? fontSize - 1.5 : fontSize;
    const texts = [...new Set(WRAP_WIDTHS.map((w) => wrapLines(lines, w).join('\n')))];
    for (const text of texts) {
      // On a narrow map a long label reaches so far from its point that it reads as another place's.
      if (labelSize(text, px, measure).width > size.width * MAX_WIDTH_SHARE) continue;
      for (const side of sides) {
        const box = labelBox(point, side, text, px, measure);
        if (!fits(box) || (label.kind === 'place' && !ownNearest(box, point, members))) continue;
        taken.push(box);
        labels.push({ ...label, text, size: px, ...side });
        return true;
      }
    }
    return false;
  };
  for (const f of fixed)
    place(
      { id: f.id, position: f.position, kind: 'frame', placeIds: [], faded: false },
      [f.text],
      f.sides,
    );
  for (const { anchor, members } of clusters) {
    if (members.every((m) => unlabelled?.has(m.id))) continue;
    place(
      {
        id: anchor.id,
        position: anchor.position,
        kind: 'place',
        placeIds: members.map((m) => m.id),
        faded: members.every((m) => !m.known),
      },
      clusterLines(members),
      SIDES,
    );
  }
  if (countries) {
    const named = new Set<string>();
    for (const { name, label, positions, zoom } of COUNTRY_LABELS) {
      if (named.has(name) || view.zoom < zoom[0] || view.zoom >= zoom[1]) continue;
      for (const position of positions) {
        const [x, y] = project(position, view, size);
        if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
        const id = `country-${name}-${position.join()}`;
        const common = { id, position, kind: 'country' as const, placeIds: [], faded: false };
        if (place(common, [t(label)], CENTRED)) {
          named.add(name);
          break;
        }
      }
    }
  }
  return labels;
}
