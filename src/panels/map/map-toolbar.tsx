interface MapToolbarProps {
  ready: boolean;
  onZoom: (step: number) => void;
  onReset: () => void;
  onCrossing: () => void;
}

/** Zoom and the two preset views; usable once the map has drawn. */
export function MapToolbar({ ready, onZoom, onReset, onCrossing }: MapToolbarProps) {
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map view">
      <button
        type="button"
        className="button"
        aria-label="Zoom in"
        disabled={!ready}
        onClick={() => onZoom(1)}
      >
        +
      </button>
      <button
        type="button"
        className="button"
        aria-label="Zoom out"
        disabled={!ready}
        onClick={() => onZoom(-1)}
      >
        −
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onReset}>
        Reset view
      </button>
      <button type="button" className="button" disabled={!ready} onClick={onCrossing}>
        Crossing close-up
      </button>
    </div>
  );
}
