import { VIEW_TITLES, type ViewId } from './map-layout';

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
  const target = VIEW_TITLES[focus];
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map view">
      <button
        type="button"
        className="button"
        aria-label={`Zoom in: ${target}`}
        title={`Zoom in on the view in focus (${target})`}
        disabled={!ready}
        onClick={() => onZoom(1)}
      >
        +
      </button>
      <button
        type="button"
        className="button"
        aria-label={`Zoom out: ${target}`}
        title={`Zoom out of the view in focus (${target})`}
        disabled={!ready}
        onClick={() => onZoom(-1)}
      >
        −
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onReset}>
        Reset views
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onCrossing}>
        Crossing close-up
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onFront}>
        Front
      </button>
    </div>
  );
}
