import { memo } from 'react';
import type { Claim } from '../../dataset/schema';
import { useIsSelected } from '../../store';
import { formatClaimDate, formatDate, formatFigure } from '../../lib/format';
import { FLOW_KINDS } from './flows';
import type { MapFlow } from './map-flows';
import { strikeDates } from './map-labels';
import { PRECISION_WORDS, type MapPlace } from './map-places';

interface MapPlaceListProps {
  places: MapPlace[];
  flows: MapFlow[];
  /** The "known as of" date: places and flows first on record after it are said to be so. */
  asOf: string | null;
  onSelect: (claimId: string) => void;
}

/** A claim's figure as a button that selects it; pressed while it is the selected claim. */
function ClaimButton({ claim, onSelect }: { claim: Claim; onSelect: (claimId: string) => void }) {
  const selected = useIsSelected(claim.id);
  return (
    <button
      type="button"
      className="claim-button"
      aria-pressed={selected}
      onClick={() => onSelect(claim.id)}
    >
      {formatFigure(claim)}
    </button>
  );
}

/**
 * Everything the map shows, as text: the fallback without WebGL and the keyboard's way in. It
 * lists every claim on the map, thousands in a large dataset: a new selection redraws only the
 * two buttons it presses and releases.
 */
export const MapPlaceList = memo(function MapPlaceList({
  places,
  flows,
  asOf,
  onSelect,
}: MapPlaceListProps) {
  const later = asOf ? ` Not yet on record as of ${formatDate(asOf)}: faded on the map.` : '';
  return (
    <div className="map-list">
      <ul className="map-list__places">
        {places.map((place) => (
          <li key={place.id} data-place={place.id} data-known={place.known}>
            <p>
              <strong>{place.name}</strong>, {place.kind}; {PRECISION_WORDS[place.precision]}.
              {place.note ? ` ${place.note}` : ''}
              {place.known ? '' : later}
            </p>
            {place.strikes.length > 0 && (
              <p>Strikes with North Korean missiles: {strikeDates(place.strikes)}.</p>
            )}
            {place.claims.length > 0 && (
              <ul className="map-list__claims">
                {place.claims.map(({ claim, claimant, source }) => (
                  <li key={claim.id}>
                    <ClaimButton claim={claim} onSelect={onSelect} /> ({claimant.name},{' '}
                    {formatClaimDate(claim)}; {source.publisher})
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {flows.length > 0 && (
        <>
          <p className="map-list__heading">Flows drawn as arcs</p>
          <ul className="map-list__flows">
            {flows.map((flow) => (
              <li key={flow.id} data-flow={flow.id} data-known={flow.known}>
                {FLOW_KINDS[flow.kind].label}: {flow.from.name} to {flow.to.name}
                {flow.claim
                  ? ` (${formatFigure(flow.claim.claim)}, ${flow.claim.claimant.name})`
                  : ''}
                . {flow.note}
                {flow.known ? '' : later}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
});
