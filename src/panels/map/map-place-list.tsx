import { memo } from 'react';
import type { Claim } from '../../dataset/schema';
import { useIsSelected } from '../../store';
import { formatClaimDate, formatDate, formatFigure, withStop } from '../../lib/format';
import { t } from './map-messages';
import { richText } from '../../i18n/rich';
import { flowLabel } from './flows';
import type { MapFlow } from './map-flows';
import { strikeDates } from './map-labels';
import { kindName, precisionWords, type MapPlace } from './map-places';
import { DataName, DataText } from '../../components/data-text';

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
  const later = asOf ? ` ${t('map.notYetAsOf', { date: formatDate(asOf) })}` : '';
  return (
    <div className="map-list">
      <ul className="map-list__places">
        {places.map((place) => {
          const kind = kindName(place.kind);
          return (
            <li key={place.id} data-place={place.id} data-known={place.known}>
              <p>
                {richText('map.placeLine', {
                  name: (
                    <strong>
                      <DataName of={place.name} />
                    </strong>
                  ),
                  kind: kind.data ? <DataText>{kind.text}</DataText> : kind.text,
                  precision: precisionWords(place.precision),
                })}
                {place.note ? (
                  <>
                    {' '}
                    <DataText>{place.note}</DataText>
                  </>
                ) : (
                  ''
                )}
                {place.known ? '' : later}
              </p>
              {place.strikes.length > 0 && (
                <p>{withStop(t('map.strikes', { dates: strikeDates(place.strikes) }))}</p>
              )}
              {place.claims.length > 0 && (
                <ul className="map-list__claims">
                  {place.claims.map(({ claim, claimant, source }) => (
                    <li key={claim.id}>
                      <ClaimButton claim={claim} onSelect={onSelect} /> (
                      <DataName of={claimant} />, {formatClaimDate(claim)};{' '}
                      <DataText>{source.publisher}</DataText>)
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {flows.length > 0 && (
        <>
          <p className="map-list__heading">{t('map.flowsHeading')}</p>
          <ul className="map-list__flows">
            {flows.map((flow) => (
              <li key={flow.id} data-flow={flow.id} data-known={flow.known}>
                {richText('map.flowRoute', {
                  kind: flowLabel(flow.kind),
                  from: <DataName of={flow.from.name} />,
                  to: <DataName of={flow.to.name} />,
                })}
                {flow.claim ? (
                  <>
                    {' '}
                    ({formatFigure(flow.claim.claim)}, <DataName of={flow.claim.claimant} />)
                  </>
                ) : (
                  ''
                )}
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
