import { t } from './map-messages';
import { viewTitle, type MapLayout, type ViewId } from './map-layout';

interface MapViewFramesProps {
  layout: MapLayout;
  focus: ViewId;
  onFocus: (id: ViewId) => void;
}

/**
 * Each view's frame and name over the canvas. The name is a button: pressing it puts its view in
 * focus for the zoom buttons and the keys, as a click or touch inside the view does.
 */
export function MapViewFrames({ layout, focus, onFocus }: MapViewFramesProps) {
  return (
    <div className="map-frames" data-layout={layout.kind}>
      {layout.views.map(({ id, x, y, width, height }) => (
        <div
          key={id}
          className={`map-frame map-frame--${id}${id === focus ? ' map-frame--focus' : ''}`}
          data-view={id}
          style={{ left: x, top: y, width, height }}
        >
          <button
            type="button"
            className="map-frame__title"
            aria-pressed={id === focus}
            title={t('map.focusView')}
            onClick={() => onFocus(id)}
          >
            {viewTitle(id)}
          </button>
        </div>
      ))}
    </div>
  );
}
