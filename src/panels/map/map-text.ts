import type { Claim, Dataset } from '../../dataset/schema';
import { attribute } from '../../dataset/lookup';
import { describeClaim } from '../../lib/format';
import { t } from './map-messages';
import type { Selection } from './layer-toggles';
import type { MapFlow } from './map-flows';
import type { MapPlace } from './map-places';
import { nameText } from '../../i18n/data-lang';

/** The panel's title, in the page's language. */
export const mapTitle = (): string => t('map.title');
/** The panel's subtitle, in the page's language. */
export const mapSubtitle = (): string => t('map.subtitle');

/** Wikipedia's many mirrors and languages count as one source of coordinates. */
const publisherName = (publisher: string) =>
  /wikipedia/i.test(publisher) ? 'Wikipedia' : publisher;

/** Who the map's locations and figures come from, in one line. */
export function mapSourceLine(places: MapPlace[], flows: MapFlow[]): string {
  const located = [
    ...new Set(
      places.flatMap((p) => (p.coordinateCredit ? [publisherName(p.coordinateCredit)] : [])),
    ),
  ].sort((a, b) => (a === 'Wikipedia' ? 1 : b === 'Wikipedia' ? -1 : a.localeCompare(b)));
  const figures = t('map.sourceFigures', { count: claimsOnMap(places, flows).length });
  return located.length
    ? `${t('map.sourceLocations', { list: located.join(', ') })} ${figures}`
    : figures;
}

/** Every claim the map shows, at a place or sizing an arc, once each: the rows of its CSV. */
export function claimsOnMap(places: MapPlace[], flows: MapFlow[]): Claim[] {
  const attributed = [
    ...places.flatMap((p) => p.claims),
    ...flows.flatMap((f) => (f.claim ? [f.claim] : [])),
  ];
  return [...new Map(attributed.map(({ claim }) => [claim.id, claim])).values()];
}

/** The selected claim in one sentence, when the map highlights something for it. */
export function selectedSentence(
  dataset: Dataset,
  claimId: string | null,
  selection: Selection,
): string | undefined {
  if (selection.placeIds.size === 0 && selection.flowIds.size === 0) return undefined;
  const claim = dataset.claims.find((c) => c.id === claimId);
  return claim && describeClaim(claim, nameText(attribute(dataset, claim).claimant));
}
