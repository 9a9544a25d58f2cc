import type { Claim, Dataset } from '../../dataset/schema';
import { attribute } from '../../dataset/lookup';
import { describeClaim } from '../../lib/format';
import type { Selection } from './layer-toggles';
import type { MapFlow } from './map-flows';
import type { MapPlace } from './map-places';

export const MAP_TITLE = 'Where the arms, oil and troops move';
export const MAP_SUBTITLE =
  'Munitions and missiles from the February 11 Plant through the Tumangang–Khasan rail crossing into Russia, oil back from Vostochny port, troops to Kursk, and the places in Ukraine that North Korean missiles struck. Routes are drawn for orientation; figures are as claimed.';

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
  const locations = located.length ? `Locations: ${located.join(', ')}. ` : '';
  return `${locations}Figures: ${claimsOnMap(places, flows).length} claims, each as claimed by those named in its tooltip. Basemap and the Tumen river: Natural Earth (public domain), via world-atlas; the rail line at the crossing is schematic.`;
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
  return claim && describeClaim(claim, attribute(dataset, claim).claimant.name);
}
