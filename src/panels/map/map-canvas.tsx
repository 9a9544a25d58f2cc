import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import DeckGL, { type DeckGLRef } from '@deck.gl/react';
import type { PickingInfo } from '@deck.gl/core';
import { useQuery } from '@tanstack/react-query';
import { fetchBasemap } from './basemap';
import type { MapViewState } from './geo';
import type { Selection } from './layer-toggles';
import type { MapHandle } from './map-export';
import type { MapFlow } from './map-flows';
import { placeLabels } from './map-labels';
import { buildLayers } from './map-layers';
import type { MapPlace } from './map-places';
import type { MapPalette } from './map-theme';
import { MapTooltip } from './map-tooltip';
import { clampView, MAX_ZOOM, MIN_ZOOM, type Size } from './map-views';
import { flowTooltip, placeTooltip, type TooltipContent } from './tooltip';

export interface MapCanvasProps {
  /** Places and flows as the legend's switches leave them. */
  places: MapPlace[];
  flows: MapFlow[];
  labelsOn: boolean;
  selection: Selection;
  palette: MapPalette;
  view: MapViewState;
  size: Size;
  onViewChange: (view: MapViewState) => void;
  onSelectClaim: (claimId: string) => void;
  /** The first frame with the basemap and every symbol in it has been drawn. */
  onDrawn: () => void;
  /** WebGL failed or its context was lost: the panel falls back to text. */
  onFailure: (reason: string) => void;
  onReady: (handle: MapHandle | null) => void;
}

const CONTROLLER = {
  keyboard: true,
  // The page scrolls over the map: zoom with the buttons, the keys, a double click or a pinch.
  scrollZoom: false,
  dragRotate: false,
  touchRotate: false,
} as const;

/**
 * A click is a press of under 250 ms by default, timed when the events are handled: with software
 * WebGL a frame drawn between press and release can outlast that, and the click is lost. A press
 * that does not move stays a click for up to a second.
 */
const RECOGNIZERS = { click: { time: 1000 } };

/** What the pointer is over: its tooltip, and the claim a click there selects. */
type Hover = { x: number; y: number; content: TooltipContent; claimId: string | undefined };

function describe(info: PickingInfo): TooltipContent | null {
  const id = info.layer?.id;
  if (id === 'places' || id === 'precision-discs') return placeTooltip(info.object as MapPlace);
  if (id === 'flows') return flowTooltip(info.object as MapFlow);
  return null;
}

function claimOf(info: PickingInfo): string | undefined {
  const id = info.layer?.id;
  if (id === 'places' || id === 'precision-discs') return (info.object as MapPlace).primaryClaimId;
  if (id === 'flows') return (info.object as MapFlow).claim?.claim.id;
  return undefined;
}

/** The deck.gl map: loaded on demand in its own chunk, drawn from data the panel prepared. */
export default function MapCanvas(props: MapCanvasProps) {
  const { places, flows, labelsOn, selection, palette, view, size } = props;
  const { onViewChange, onSelectClaim, onDrawn, onFailure, onReady } = props;
  const deckRef = useRef<DeckGLRef>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const frames = useRef(0);
  const drawn = useRef(false);
  const [hover, setHover] = useState<Hover | null>(null);
  const basemap = useQuery({
    queryKey: ['map-basemap'],
    queryFn: fetchBasemap,
    staleTime: Infinity,
    retry: 1,
  });
  const basemapSettled = basemap.isSuccess || basemap.isError;

  const labels = useMemo(
    () => (labelsOn ? placeLabels(places, view, size) : []),
    [labelsOn, places, view, size],
  );
  const layers = buildLayers({
    basemap: basemap.data,
    places,
    flows,
    labels,
    selection,
    palette,
    zoom: view.zoom,
  });

  const afterRender = useCallback(() => {
    frames.current += 1;
    wrapperRef.current?.setAttribute('data-map-frames', String(frames.current));
    const live = deckRef.current?.deck?.props.layers ?? [];
    if (!drawn.current && basemapSettled && live.every((l) => l && 'isLoaded' in l && l.isLoaded)) {
      drawn.current = true;
      onDrawn();
    }
  }, [basemapSettled, onDrawn]);

  // A lost context (driver reset, too many contexts, a test forcing it) ends the map for good.
  const contextLost = useCallback(
    () => onFailure('The browser withdrew the map’s graphics (WebGL context lost).'),
    [onFailure],
  );
  const onLoad = useCallback(() => {
    deckRef.current?.deck?.getCanvas()?.addEventListener('webglcontextlost', contextLost);
  }, [contextLost]);

  useEffect(() => {
    const deck = deckRef.current?.deck;
    onReady({
      capture: () => {
        const current = deckRef.current?.deck;
        if (!current) return null;
        current.redraw('export');
        return current.getCanvas();
      },
    });
    return () => {
      deck?.getCanvas()?.removeEventListener('webglcontextlost', contextLost);
      onReady(null);
    };
  }, [onReady, contextLost]);

  // deck makes its event root focusable for the keyboard controller; give it a name and a role.
  useEffect(() => {
    const root = wrapperRef.current?.querySelector('.deck-events-root');
    root?.setAttribute('role', 'application');
    root?.setAttribute('aria-roledescription', 'map');
    root?.setAttribute(
      'aria-label',
      'Map. Arrow keys move it; plus and minus zoom. The places are also listed as text below.',
    );
  }, []);

  return (
    <div className="map-canvas" ref={wrapperRef} data-map-frames={0}>
      <DeckGL
        ref={deckRef}
        layers={layers}
        viewState={{ ...view, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM }}
        controller={CONTROLLER}
        onViewStateChange={({ viewState }) => {
          const { longitude, latitude, zoom } = viewState as MapViewState;
          onViewChange(clampView({ longitude, latitude, zoom }, size));
        }}
        pickingRadius={6}
        eventRecognizerOptions={RECOGNIZERS}
        getCursor={({ isHovering, isDragging }) =>
          isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'
        }
        onHover={(info) => {
          const content = info.object ? describe(info) : null;
          setHover(content ? { x: info.x, y: info.y, content, claimId: claimOf(info) } : null);
        }}
        onClick={(info) => {
          // A click where a tooltip is showing selects what the tooltip offers, even when the
          // click's own pick comes back empty (it can, while the layers are being replaced).
          const fromHover = hover && Math.hypot(hover.x - info.x, hover.y - info.y) < 8;
          const claimId = info.object ? claimOf(info) : fromHover ? hover.claimId : undefined;
          if (claimId) onSelectClaim(claimId);
        }}
        onLoad={onLoad}
        onAfterRender={afterRender}
        onError={(error) => {
          if (!drawn.current || /context/i.test(error.message)) onFailure(error.message);
        }}
      />
      {hover && <MapTooltip content={hover.content} x={hover.x} y={hover.y} size={size} />}
      {basemap.isError && (
        <p className="map-canvas__notice" role="status">
          The country outlines could not be loaded; places and arcs are drawn on a plain background.
        </p>
      )}
    </div>
  );
}
