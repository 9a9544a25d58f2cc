import { useCallback, useMemo, useState } from 'react';
import type { MapViewState } from './geo';
import { mapLayout, rectOf, type MapLayout, type ViewId } from './map-layout';
import type { MapPlace } from './map-places';
import { crossingView, fittedView, frontView, panBy, zoomBy } from './map-views';

export interface MapViews {
  layout: MapLayout | null;
  /** Every view's state: where the reader moved it, else fitted to its places in its box. */
  views: Record<ViewId, MapViewState> | null;
  /** The view the zoom buttons and the keys act on. */
  focus: ViewId;
  focused: (id: ViewId) => void;
  moved: (id: ViewId, view: MapViewState) => void;
  zoomed: (step: number) => void;
  panned: (shift: [number, number]) => void;
  reset: () => void;
  crossing: () => void;
  front: () => void;
}

/** The map's views and the reader's moves of them, for a stage of the given size. */
export function useMapViews(
  size: { width: number; height: number } | null,
  places: MapPlace[],
): MapViews {
  // A view the reader has not moved follows its fit, refitted whenever the stage resizes.
  const [moves, setMoves] = useState<Partial<Record<ViewId, MapViewState>>>({});
  const [focus, setFocus] = useState<ViewId>('border');
  const layout = useMemo(() => (size ? mapLayout(size) : null), [size]);
  const views = useMemo(() => {
    if (!layout) return null;
    const entries = layout.views.map((rect) => [
      rect.id,
      moves[rect.id] ?? fittedView(rect.id, rect, places),
    ]);
    return Object.fromEntries(entries) as Record<ViewId, MapViewState>;
  }, [layout, moves, places]);

  const moved = useCallback(
    (id: ViewId, view: MapViewState) => setMoves((m) => ({ ...m, [id]: view })),
    [],
  );
  const act = (id: ViewId, change: (view: MapViewState) => MapViewState) => {
    if (!layout || !views) return;
    setFocus(id);
    moved(id, change(views[id]));
  };
  return {
    layout,
    views,
    focus,
    focused: setFocus,
    moved,
    zoomed: (step) => layout && act(focus, (v) => zoomBy(v, step, rectOf(layout, focus))),
    panned: (shift) => layout && act(focus, (v) => panBy(v, shift, rectOf(layout, focus))),
    reset: () => setMoves({}),
    crossing: () => layout && act('border', () => crossingView(rectOf(layout, 'border'), places)),
    front: () => layout && act('front', () => frontView(rectOf(layout, 'front'), places)),
  };
}
