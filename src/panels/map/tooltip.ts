import type { AttributedClaim } from '../../dataset/lookup';
import { byClaimDate } from '../../dataset/dates';
import {
  formatClaimDate,
  formatDate,
  formatFigure,
  formatFigureShort,
  withStop,
} from '../../lib/format';
import { claimMeasure } from '../../lib/metrics';
import { t } from './map-messages';
import { flowDescription, flowLabel } from './flows';
import type { MapFlow } from './map-flows';
import { strikeDates } from './map-labels';
import { kindName, precisionWords, type MapPlace } from './map-places';
import { nameText } from '../../i18n/data-lang';

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
  /** Which of the title and lines are the dataset's own text (names, notes): English. */
  dataText: string[];
}

const MAX_CLAIMS = 4;

/** Said of a place or flow that fades: nothing about it was on record at the date. */
export const notYetOnRecord = (): string => t('map.notYetOnRecord');

function claimLine(attributed: AttributedClaim): TooltipClaim {
  const { claim, claimant } = attributed;
  return {
    id: claim.id,
    short: formatFigureShort(claim),
    words: `${claimMeasure(attributed)}: ${formatFigure(claim)}`,
    by: `${nameText(claimant)}, ${formatClaimDate(claim, 'short')}`,
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
  if (!place.known) lines.push(notYetOnRecord());
  if (place.note) lines.push(place.note);
  if (place.strikes.length > 0)
    lines.push(withStop(t('map.strikes', { dates: strikeDates(place.strikes) })));
  for (const event of place.events.slice(-2))
    lines.push(`${formatDate(event.date)}: ${event.title}.`);
  const located = place.coordinateCredit
    ? [t('map.location', { credit: place.coordinateCredit })]
    : [];
  const kind = kindName(place.kind).text;
  return {
    title: place.name.text,
    subtitle: `${kind[0]?.toUpperCase()}${kind.slice(1)}; ${precisionWords(place.precision)}`,
    lines,
    claims: claims.map(claimLine),
    moreClaims: place.claims.length - claims.length,
    sources: [...located, ...publishers(claims).map((outlet) => t('map.claimsFrom', { outlet }))],
    hint: place.primaryClaimId ? t('map.placeHint') : undefined,
    dataText: [
      ...(place.name.translated ? [] : [place.name.text]),
      ...(place.note ? [place.note] : []),
    ],
  };
}

export function flowTooltip(flow: MapFlow): TooltipContent {
  const lines = [flow.note];
  if (!flow.known) lines.push(notYetOnRecord());
  if (flow.claim === undefined) lines.push(t('map.flowNoFigure'));
  else if (flow.widthFromClaim)
    lines.push(t('map.flowWidthCompared', { measure: claimMeasure(flow.claim) }));
  else lines.push(t('map.flowWidthSame'));
  return {
    title: `${flowLabel(flow.kind)}: ${flow.from.name.text} → ${flow.to.name.text}`,
    subtitle: flowDescription(flow.kind),
    lines,
    claims: flow.claim ? [claimLine(flow.claim)] : [],
    moreClaims: 0,
    sources: flow.claim
      ? publishers([flow.claim]).map((outlet) => t('map.claimFrom', { outlet }))
      : [],
    hint: flow.claim ? t('map.flowHint') : undefined,
    dataText: [],
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
