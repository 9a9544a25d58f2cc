import { t } from './map-messages';

/** The panel's message where the map would be, when it cannot be drawn. */
export function MapUnavailable({ reason }: { reason: string }) {
  return (
    <div className="map-stage__message" role="status">
      <p>
        <strong>{t('map.unavailableHead')}</strong> {t('map.unavailableBody', { reason })}
      </p>
    </div>
  );
}
