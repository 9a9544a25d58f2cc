import { dateSpan } from '../../dataset/dates';
import { sourceCreditText } from '../../dataset/source-credit';
import type { Dataset, DatasetEvent, Precision, Source } from '../../dataset/schema';
import { attribute, lookup, type AttributedClaim } from '../../dataset/lookup';
import { type MessageId } from '../../i18n/messages';
import { t } from './map-messages';
import type { LonLat } from './geo';
import { localName, type LocalName } from '../../i18n/data-lang';

/** The symbol a place is drawn with; the legend and the map share these names. */
export type PlaceSymbol =
  | 'factory'
  | 'station'
  | 'crossing'
  | 'port'
  | 'combat'
  | 'summit'
  | 'strike'
  | 'capital'
  | 'place';

const SYMBOL_BY_KIND: Record<string, PlaceSymbol> = {
  'production site': 'factory',
  station: 'station',
  'rail crossing': 'crossing',
  port: 'port',
  'combat area': 'combat',
  'summit site': 'summit',
  'strike site': 'strike',
  capital: 'capital',
};

/**
 * How big the translucent disc of a place that is not an exact site is drawn. It shows how
 * loosely the point is known, never the place's extent: the legend says so.
 */
export const PRECISION_DISC: Record<Precision, { radiusKm: number; minPixels: number } | null> = {
  exact: null,
  approximate: { radiusKm: 8, minPixels: 11 },
  city: { radiusKm: 15, minPixels: 14 },
  region: { radiusKm: 40, minPixels: 18 },
};

/** How well a place's point is known, in words: "region: the point stands for the region". */
export const precisionWords = (precision: Precision): string => t(`map.precision.${precision}`);

/** The kinds of place the catalogues name, as the dataset writes them. */
const KIND_NAMES: Record<string, MessageId> = {
  'production site': 'map.kind.production-site',
  station: 'map.kind.station',
  'rail crossing': 'map.kind.rail-crossing',
  port: 'map.kind.port',
  'combat area': 'map.kind.combat-area',
  'summit site': 'map.kind.summit-site',
  'strike site': 'map.kind.strike-site',
  capital: 'map.kind.capital',
};

/**
 * A place's kind in the page's language, and whether it is the dataset's own words (English):
 * a kind the catalogues do not name is written as the dataset has it.
 */
export function kindName(kind: string): { text: string; data: boolean } {
  const id = Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind] : undefined;
  return id === undefined ? { text: kind, data: true } : { text: t(id), data: false };
}

/** The map layer a place belongs to: strike sites can be switched off apart from the rest. */
export type PlaceLayer = 'places' | 'strikes';

/** A place of the dataset as the map draws it, with what the visible dataset says about it. */
export interface MapPlace {
  id: string;
  /** In the page's language where the dataset gives it, else in English. */
  name: LocalName;
  kind: string;
  symbol: PlaceSymbol;
  layer: PlaceLayer;
  position: LonLat;
  precision: Precision;
  note: string | undefined;
  /** True when the place's note says its identification is inferred, not stated by a source. */
  inferred: boolean;
  /** Where the coordinates come from. */
  coordinateSource: Source | undefined;
  /** That source as credited: "Wikipedia via qa.edu.vn" for a mirror. */
  coordinateCredit: string | undefined;
  /** Visible claims made about this place, in dataset order. */
  claims: AttributedClaim[];
  /** The claim a click on the place selects: see `primaryClaim`. */
  primaryClaimId: string | undefined;
  /** Visible strike events at this place (ids starting "strike-"), oldest first. */
  strikes: DatasetEvent[];
  /** Other visible events at this place, oldest first. */
  events: DatasetEvent[];
  /** False when nothing about the place was on record at the "known as of" date: it fades. */
  known: boolean;
}

const byDate = (a: DatasetEvent, b: DatasetEvent) =>
  dateSpan(a.date).start.localeCompare(dateSpan(b.date).start);
export const isStrike = (event: DatasetEvent) => event.id.startsWith('strike-');

/**
 * The claim that best speaks for a place: a headline figure of the report first, then any claim
 * from the report, then the first claim at the place in the dataset's order.
 */
export function primaryClaim(dataset: Dataset, claims: AttributedClaim[]): string | undefined {
  const headlines = dataset.headlines ?? [];
  const headline = headlines.find((id) => claims.some((c) => c.claim.id === id));
  if (headline !== undefined) return headline;
  const fromReport = claims.find((c) => c.claim.source === dataset.report);
  return (fromReport ?? claims[0])?.claim.id;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The places of the visible dataset as the map draws them. Every place is drawn; one that nothing
 * on record was about at the "known as of" date (see `knownAsOf`) is marked so, and fades.
 */
export function mapPlaces(dataset: Dataset, knownIds?: ReadonlySet<string>): MapPlace[] {
  const { sources } = lookup(dataset);
  // Grouped once: a dataset with many places must not be scanned once per place.
  const claimsAt = groupBy(dataset.claims, (c) => c.place);
  const eventsAt = groupBy(dataset.events, (e) => e.place);
  const creditOf = (id: string | undefined) => {
    const source = id === undefined ? undefined : sources.get(id);
    return source && sourceCreditText(dataset, source);
  };
  return dataset.places.map((place) => {
    const claims = (claimsAt.get(place.id) ?? []).map((c) => attribute(dataset, c));
    const here = [...(eventsAt.get(place.id) ?? [])].sort(byDate);
    const strikes = here.filter(isStrike);
    const symbol = SYMBOL_BY_KIND[place.kind] ?? 'place';
    return {
      id: place.id,
      name: localName(place),
      kind: place.kind,
      symbol,
      layer: symbol === 'strike' ? 'strikes' : 'places',
      position: [place.lon, place.lat],
      precision: place.precision,
      note: place.note,
      inferred: /\binferred\b/i.test(place.note ?? ''),
      coordinateSource: place.source ? sources.get(place.source) : undefined,
      coordinateCredit: creditOf(place.source),
      claims,
      primaryClaimId: primaryClaim(dataset, claims),
      strikes,
      events: here.filter((e) => !isStrike(e)),
      known: knownIds ? knownIds.has(place.id) : true,
    };
  });
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * The radius in screen pixels of a place's precision disc at a zoom: its nominal radius on the
 * ground, but never smaller than its class's minimum, so the classes stay apart when zoomed out.
 */
export function discPixels(place: Pick<MapPlace, 'precision' | 'position'>, zoom: number): number {
  const disc = PRECISION_DISC[place.precision];
  if (disc === null) return 0;
  const metresPerPixel =
    (EARTH_CIRCUMFERENCE_M * Math.cos((place.position[1] * Math.PI) / 180)) / (512 * 2 ** zoom);
  return Math.max(disc.minPixels, (disc.radiusKm * 1000) / metresPerPixel);
}
