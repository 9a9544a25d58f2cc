import { withStop } from '../../lib/format';
import { t } from './map-messages';
import { strikeDates } from './map-labels';
import type { MapPlace, PlaceSymbol } from './map-places';
import { placeTooltip } from './tooltip';

/** The places whose figures an exported map spells out: the plant, the crossing, the port, the front. */
const MAIN: PlaceSymbol[] = ['factory', 'crossing', 'station', 'port', 'combat', 'strike'];

/**
 * The figures the tooltips carry for the main places, one line a place: each claim in the
 * formatter's words with its claimant and date, and the dates of strikes. Places with nothing on
 * record at the date are left out.
 */
export function figureKey(places: MapPlace[]): string[] {
  return places.flatMap((place) => {
    if (!MAIN.includes(place.symbol) || !place.known) return [];
    const { claims, moreClaims } = placeTooltip(place);
    const parts = [
      ...(place.strikes.length
        ? [t('map.figureStrikes', { dates: strikeDates(place.strikes) })]
        : []),
      ...claims.map((c) => `${c.words} (${c.by})`),
      ...(moreClaims > 0 ? [t('map.figureMore', { count: moreClaims })] : []),
    ];
    return parts.length ? [withStop(`${place.name.text}: ${parts.join('; ')}`)] : [];
  });
}
