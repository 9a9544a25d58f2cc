import { t } from './map-messages';
import { viewTitle, type ViewId } from './map-layout';

interface MapToolbarProps {
  ready: boolean;
  /** The view the zoom buttons act on. */
  focus: ViewId;
  onZoom: (step: number) => void;
  onReset: () => void;
  onCrossing: () => void;
  onFront: () => void;
}

/** Zoom for the view in focus, and the preset views of the details; usable once the map has drawn. */
export function MapToolbar({
  ready,
  focus,
  onZoom,
  onReset,
  onCrossing,
  onFront,
}: MapToolbarProps) {
  const view = viewTitle(focus);
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.toolbar')}>
      <button
        type="button"
        className="button"
        aria-label={t('map.zoomIn', { view })}
        title={t('map.zoomInTitle', { view })}
        disabled={!ready}
        onClick={() => onZoom(1)}
      >
        +
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('map.zoomOut', { view })}
        title={t('map.zoomOutTitle', { view })}
        disabled={!ready}
        onClick={() => onZoom(-1)}
      >
        −
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onReset}>
        {t('map.reset')}
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onCrossing}>
        {t('map.crossingView')}
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onFront}>
        {t('map.frontView')}
      </button>
    </div>
  );
}
