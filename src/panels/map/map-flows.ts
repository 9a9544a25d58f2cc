import type { Dataset } from '../../dataset/schema';
import { attribute, lookup, type AttributedClaim } from '../../dataset/lookup';
import { claimMeasure } from '../../lib/metrics';
import { t } from './map-messages';
import { curve, screenAngle, type LonLat } from './geo';
import { FLOW_KINDS, FLOWS, type FlowKind, type FlowRow } from './flows';
import type { MapPlace } from './map-places';

/** Arc widths in pixels: every arc without a comparable claim is drawn at the base width. */
export const BASE_WIDTH = 3;
export const MIN_WIDTH = 2;
export const MAX_WIDTH = 6;

/** An arc ready to draw: endpoints resolved, curve computed, width decided. */
export interface MapFlow {
  id: string;
  kind: FlowKind;
  from: MapPlace;
  to: MapPlace;
  path: LonLat[];
  /** A chevron halfway along, pointing the way things move. */
  arrow: { position: LonLat; angle: number };
  claim: AttributedClaim | undefined;
  width: number;
  /** True when the width compares this arc's claim with other arcs' claims of the same measure. */
  widthFromClaim: boolean;
  /** True when no source traces the route: drawn fainter, for orientation. */
  orientation: boolean;
  /** False when none of the flow's evidence was on record at the "known as of" date: it fades. */
  known: boolean;
  note: string;
}

function isKnown(row: FlowRow, claimIds: Set<string>, eventIds: Set<string>): boolean {
  return (
    row.evidence.length === 0 || row.evidence.some((id) => claimIds.has(id) || eventIds.has(id))
  );
}

/** The line through a row's places: a gentle curve between two, straight legs through stops. */
function pathOf(points: LonLat[], bend: number): LonLat[] {
  if (points.length === 2) return curve(points[0] as LonLat, points[1] as LonLat, bend);
  return points;
}

/**
 * Width compares claims only where they count the same thing: arcs whose claims share a measure
 * with at least one other arc are scaled by value; every other arc keeps the base width.
 */
function widths(claims: (AttributedClaim | undefined)[]): { width: number; fromClaim: boolean }[] {
  const byMetric = new Map<string, number[]>();
  for (const c of claims) {
    if (c === undefined) continue;
    byMetric.set(c.claim.metric, [...(byMetric.get(c.claim.metric) ?? []), c.claim.value]);
  }
  return claims.map((c) => {
    const values = c ? (byMetric.get(c.claim.metric) ?? []) : [];
    if (c === undefined || new Set(values).size < 2) return { width: BASE_WIDTH, fromClaim: false };
    const share = c.claim.value / Math.max(...values);
    return { width: MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * share, fromClaim: true };
  });
}

/**
 * The flows table resolved against the visible dataset: every arc whose places exist, marked
 * unknown (it fades) when none of its evidence was on record at the date; `known` holds what was
 * (see `knownAsOf`), and by default the visible dataset's own claims and events.
 */
export function mapFlows(
  dataset: Dataset,
  places: MapPlace[],
  known?: { claimIds: Set<string>; eventIds: Set<string> },
  rows = FLOWS,
): MapFlow[] {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const claimIds = new Set(dataset.claims.map((c) => c.id));
  const eventIds = new Set(dataset.events.map((e) => e.id));
  const onRecord = known ?? { claimIds, eventIds };
  const { claims } = lookup(dataset);
  const shown = rows.flatMap((row) => {
    const from = placeById.get(row.from);
    const to = placeById.get(row.to);
    const via = (row.via ?? []).map((id) => placeById.get(id));
    if (!from || !to || via.some((v) => v === undefined)) return [];
    const stops = [from, ...(via as MapPlace[]), to];
    const claim = row.claim && claimIds.has(row.claim) ? claims.get(row.claim) : undefined;
    const isOn = isKnown(row, onRecord.claimIds, onRecord.eventIds);
    return [{ row, from, to, stops, known: isOn, claim: claim && attribute(dataset, claim) }];
  });
  const sized = widths(shown.map((s) => s.claim));
  const seen = new Map<string, number>();
  return shown.map(({ row, from, to, stops, known: isOn, claim }, i) => {
    // Arcs between the same two points fan out instead of drawing over each other.
    const key = `${from.position.join()}>${to.position.join()}`;
    const twin = seen.get(key) ?? 0;
    seen.set(key, twin + 1);
    const bend = FLOW_KINDS[row.kind].bend * (1 + 0.6 * twin);
    const path = pathOf(
      stops.map((s) => s.position),
      bend,
    );
    const middle = path.length >> 1;
    const { width, fromClaim } = sized[i] ?? { width: BASE_WIDTH, fromClaim: false };
    return {
      id: row.id,
      kind: row.kind,
      from,
      to,
      path,
      arrow: {
        position: path[middle] as LonLat,
        angle: screenAngle(path[middle - 1] as LonLat, path[middle + 1] as LonLat),
      },
      claim,
      width,
      widthFromClaim: fromClaim,
      orientation: row.orientation,
      known: isOn,
      note: t(row.note),
    };
  });
}

/** What arc width means on this map, for the legend and the export: it depends on the data shown. */
export function widthExplanation(flows: MapFlow[]): string {
  const names = flows.flatMap((f) => (f.widthFromClaim && f.claim ? [claimMeasure(f.claim)] : []));
  const measures = [...new Set(names)];
  if (measures.length === 0) return t('map.widthSame');
  return t('map.widthCompares', { measures: measures.join('; ') });
}
