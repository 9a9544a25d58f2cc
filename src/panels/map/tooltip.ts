import type { AttributedClaim } from '../../dataset/lookup';
import { byClaimDate } from '../../dataset/dates';
import { formatClaimDate, formatDate, formatFigure, formatFigureShort } from '../../lib/format';
import { metricLabel } from '../../lib/metrics';
import { FLOW_KINDS } from './flows';
import type { MapFlow } from './map-flows';
import { strikeDates } from './map-labels';
import { PRECISION_WORDS, type MapPlace } from './map-places';

/** One claim as a tooltip line: the figure in words, then who claimed it and when. */
export interface TooltipClaim {
  id: string;
  short: string;
  words: string;
  by: string;
}

/** What a tooltip says, as plain strings: the component only lays it out. */
export interface TooltipContent {
  title: string;
  subtitle: string;
  lines: string[];
  claims: TooltipClaim[];
  /** How many claims there are beyond those listed. */
  moreClaims: number;
  sources: string[];
  hint: string | undefined;
}

const MAX_CLAIMS = 4;

/** Said of a place or flow that fades: nothing about it was on record at the date. */
export const NOT_YET_ON_RECORD =
  'Not yet on record at the “known as of” date: drawn faded, for orientation.';

function claimLine({ claim, claimant }: AttributedClaim): TooltipClaim {
  return {
    id: claim.id,
    short: formatFigureShort(claim),
    words: `${metricLabel(claim.metric)}: ${formatFigure(claim)}`,
    by: `${claimant.name}, ${formatClaimDate(claim, 'short')}`,
  };
}

const publishers = (claims: AttributedClaim[]) => [
  ...new Set(claims.map(({ source }) => source.publisher)),
];

/**
 * The claims to list for a place: the one a click selects first, then the newest; the parts of a
 * sum listed here (ore, box and tank cars of a railcar count) give way to the sum itself.
 */
function listed(place: MapPlace): AttributedClaim[] {
  const parts = new Set(place.claims.flatMap((c) => c.claim.derivedFrom ?? []));
  const primary = place.claims.find((c) => c.claim.id === place.primaryClaimId);
  const rest = place.claims
    .filter((c) => c !== primary && !parts.has(c.claim.id))
    .sort((a, b) => byClaimDate(b.claim, a.claim));
  return (primary ? [primary, ...rest] : rest).slice(0, MAX_CLAIMS);
}

export function placeTooltip(place: MapPlace): TooltipContent {
  const claims = listed(place);
  const lines: string[] = [];
  if (!place.known) lines.push(NOT_YET_ON_RECORD);
  if (place.note) lines.push(place.note);
  if (place.strikes.length > 0)
    lines.push(`Strikes with North Korean missiles: ${strikeDates(place.strikes)}.`);
  for (const event of place.events.slice(-2))
    lines.push(`${formatDate(event.date)}: ${event.title}.`);
  const located = place.coordinateCredit ? [`Location: ${place.coordinateCredit}`] : [];
  return {
    title: place.name,
    subtitle: `${place.kind[0]?.toUpperCase()}${place.kind.slice(1)}; ${PRECISION_WORDS[place.precision]}`,
    lines,
    claims: claims.map(claimLine),
    moreClaims: place.claims.length - claims.length,
    sources: [...located, ...publishers(claims).map((p) => `Claims: ${p}`)],
    hint: place.primaryClaimId
      ? 'Click to select its main claim in the charts and the ledger.'
      : undefined,
  };
}

export function flowTooltip(flow: MapFlow): TooltipContent {
  const kind = FLOW_KINDS[flow.kind];
  const lines = [flow.note];
  if (!flow.known) lines.push(NOT_YET_ON_RECORD);
  if (flow.claim === undefined)
    lines.push('No claimed figure for this arc: drawn at the base width.');
  else if (flow.widthFromClaim)
    lines.push(
      `Width: this claim against the other arcs' claims of the same measure (${metricLabel(flow.claim.claim.metric)}).`,
    );
  else lines.push('Width: the same as the other arcs; no other arc counts the same thing.');
  return {
    title: `${kind.label}: ${flow.from.name} → ${flow.to.name}`,
    subtitle: kind.description,
    lines,
    claims: flow.claim ? [claimLine(flow.claim)] : [],
    moreClaims: 0,
    sources: flow.claim ? publishers([flow.claim]).map((p) => `Claim: ${p}`) : [],
    hint: flow.claim ? 'Click to select this claim.' : undefined,
  };
}

const GAP = 14;
const MARGIN = 4;

/** Where a box of this size goes beside the pointer: right and below, else flipped, never outside. */
export function tooltipPosition(
  x: number,
  y: number,
  box: { width: number; height: number },
  size: { width: number; height: number },
) {
  const fit = (start: number, length: number, limit: number) =>
    Math.max(MARGIN, Math.min(start, limit - MARGIN - length));
  const left = x + GAP + box.width <= size.width - MARGIN ? x + GAP : x - GAP - box.width;
  const top = y + GAP + box.height <= size.height - MARGIN ? y + GAP : y - GAP - box.height;
  return { left: fit(left, box.width, size.width), top: fit(top, box.height, size.height) };
}
