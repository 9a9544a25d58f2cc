import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import DeckGL, { type DeckGLRef } from '@deck.gl/react';
import { MapView, type PickingInfo } from '@deck.gl/core';
import { useQuery } from '@tanstack/react-query';
import { fetchBasemap } from './basemap';
import type { MapViewState } from './geo';
import { railLine } from './geography';
import type { Selection } from './layer-toggles';
import type { MapHandle } from './map-export';
import type { MapFlow } from './map-flows';
import { t } from './map-messages';
import { buildLayers, labelFont, layerFilter } from './map-layers';
import type { MapLayout, ViewId } from './map-layout';
import type { MapPlace } from './map-places';
import type { MapPalette } from './map-theme';
import { MapTooltip } from './map-tooltip';
import { clampView, MAX_ZOOM, MIN_ZOOM } from './map-views';
import { frameRings, viewLabels, type PlacedLabel } from './view-labels';
import { flowTooltip, placeTooltip, type TooltipContent } from './tooltip';

export interface MapCanvasProps {
  /** Places and flows as the legend's switches leave them. */
  places: MapPlace[];
  flows: MapFlow[];
  labelsOn: boolean;
  selection: Selection;
  palette: MapPalette;
  layout: MapLayout;
  views: Record<ViewId, MapViewState>;
  size: { width: number; height: number };
  onViewChange: (id: ViewId, view: MapViewState) => void;
  onSelectClaim: (claimId: string) => void;
  /** The first frame with the basemap and every symbol in it has been drawn. */
  onDrawn: (milliseconds: number) => void;
  /** WebGL failed or its context was lost: the panel falls back to text. */
  onFailure: (reason: string) => void;
  onReady: (handle: MapHandle | null) => void;
  /** Told what each view's labels are, so the export and the page can show the same. */
  onLabels?: (labels: PlacedLabel[]) => void;
}

/**
 * The page scrolls over the map: one finger or the wheel scroll the page (touch-action below);
 * a mouse drags the map, two fingers pan and pinch it, and the buttons and keys zoom the view in
 * focus. deck's own keyboard handling is off: it would move every view at once.
 */
const CONTROLLER = {
  keyboard: false,
  scrollZoom: false,
  dragRotate: false,
  touchRotate: false,
  touchZoom: true,
  multiTouchDrag: 'pan',
  doubleClickZoom: true,
} as const;

/**
 * A click is a press of under 250 ms by default, timed when the events are handled: with software
 * WebGL a frame drawn between press and release can outlast that, and the click is lost. A press
 * that does not move stays a click for up to three seconds (three views make slower frames).
 */
const RECOGNIZERS = { click: { time: 3000 } };

/** What the pointer is over: its tooltip, its id, and the claim a click there selects. */
type Hover = {
  x: number;
  y: number;
  id: string;
  content: TooltipContent;
  claimId: string | undefined;
};

const isPlaceLayer = (id: string | undefined) =>
  id === 'places' || (id?.startsWith('precision-discs') ?? false);

function describe(info: PickingInfo): Omit<Hover, 'x' | 'y'> | null {
  const id = info.layer?.id;
  if (isPlaceLayer(id)) {
    const place = info.object as MapPlace;
    return { id: place.id, content: placeTooltip(place), claimId: place.primaryClaimId };
  }
  if (id === 'flows') {
    const flow = info.object as MapFlow;
    return { id: flow.id, content: flowTooltip(flow), claimId: flow.claim?.claim.id };
  }
  return null;
}

let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * A label line's width as deck's TextLayer will draw it: its glyphs are measured by a canvas in
 * the same font, so the labeller's boxes are the drawn ones (with a little room for the outline).
 */
function measureLabel(line: string, fontSize: number): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return line.length * fontSize * 0.62;
  measuring.font = `600 ${fontSize}px ${labelFont()}`;
  return measuring.measureText(line).width + 2;
}

/** The deck.gl map: loaded on demand in its own chunk, drawn from data the panel prepared. */
export default function MapCanvas(props: MapCanvasProps) {
  const { places, flows, labelsOn, selection, palette, layout, views, size } = props;
  const { onViewChange, onSelectClaim, onDrawn, onFailure, onReady, onLabels } = props;
  const deckRef = useRef<DeckGLRef>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  // Set when the canvas mounts: the first frame is timed from there.
  const started = useRef(0);
  const frames = useRef(0);
  const drawn = useRef(false);
  const paletteDrawn = useRef(palette);
  const [hover, setHover] = useState<Hover | null>(null);
  const basemap = useQuery({
    queryKey: ['map-basemap'],
    queryFn: fetchBasemap,
    staleTime: Infinity,
    retry: 1,
  });
  const basemapSettled = basemap.isSuccess || basemap.isError;
  const basemapData = useRef(basemap.data);
  useEffect(() => {
    basemapData.current = basemap.data;
    paletteDrawn.current = palette;
  });
  useEffect(() => {
    started.current = performance.now();
  }, []);

  const labels = useMemo(
    () => (labelsOn ? viewLabels(places, layout, views, measureLabel) : []),
    [labelsOn, places, layout, views],
  );
  useEffect(() => onLabels?.(labels), [labels, onLabels]);
  const rail = useMemo(() => railLine(places), [places]);
  const layers = buildLayers({
    basemap: basemap.data,
    places,
    flows,
    labels: Object.fromEntries(
      layout.views.map((v) => [v.id, labels.filter((l) => l.view === v.id)]),
    ),
    frames: frameRings(layout, views),
    rail,
    selection,
    hovered: hover?.id,
    palette,
  });
  const deckViews = useMemo(
    () =>
      layout.views.map(
        ({ id, x, y, width, height }) =>
          new MapView({
            id,
            x,
            y,
            width,
            height,
            controller: CONTROLLER,
          }),
      ),
    [layout],
  );
  const viewState = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(views).map(([id, v]) => [
          id,
          { ...v, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM },
        ]),
      ),
    [views],
  );

  const afterRender = useCallback(() => {
    frames.current += 1;
    const wrapper = wrapperRef.current;
    wrapper?.setAttribute('data-map-frames', String(frames.current));
    wrapper?.setAttribute('data-map-drawn-land', paletteDrawn.current.land);
    const live = deckRef.current?.deck?.props.layers ?? [];
    if (
      !drawn.current &&
      basemapSettled &&
      live.every((l) => !l || (typeof l === 'object' && 'isLoaded' in l && l.isLoaded))
    ) {
      drawn.current = true;
      onDrawn(performance.now() - started.current);
    }
  }, [basemapSettled, onDrawn]);

  // A lost context (driver reset, too many contexts, a test forcing it) ends the map for good.
  const contextLost = useCallback(() => onFailure(t('map.contextLost')), [onFailure]);
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
      basemap: () => basemapData.current,
    });
    return () => {
      deck?.getCanvas()?.removeEventListener('webglcontextlost', contextLost);
      onReady(null);
    };
  }, [onReady, contextLost]);

  // deck makes its event root focusable; give it a name and a role. The keys reach the panel.
  useEffect(() => {
    const root = wrapperRef.current?.querySelector('.deck-events-root');
    root?.setAttribute('role', 'application');
    root?.setAttribute('aria-roledescription', t('map.roleDescription'));
    root?.setAttribute('aria-label', t('map.canvasLabel'));
  }, []);

  return (
    <div className="map-canvas" ref={wrapperRef} data-map-frames={0}>
      <DeckGL
        ref={deckRef}
        views={deckViews}
        layers={layers}
        layerFilter={layerFilter}
        viewState={viewState}
        onViewStateChange={({ viewId, viewState: next, interactionState }) => {
          // deck also reports the views it was given; only the reader's moves change them.
          const { isDragging, isPanning, isZooming } = interactionState;
          if (!isDragging && !isPanning && !isZooming) return next;
          const { longitude, latitude, zoom } = next as MapViewState;
          onViewChange(viewId as ViewId, clampView({ longitude, latitude, zoom }));
          return next;
        }}
        touchAction="pan-x pan-y"
        pickingRadius={6}
        eventRecognizerOptions={RECOGNIZERS}
        getCursor={({ isHovering, isDragging }) =>
          isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'
        }
        onHover={(info) => {
          const found = info.object ? describe(info) : null;
          setHover(found ? { ...found, x: info.x, y: info.y } : null);
        }}
        onClick={(info) => {
          // A click where a tooltip is showing selects what the tooltip offers, even when the
          // click's own pick comes back empty (it can, while the layers are being replaced).
          const fromHover = hover && Math.hypot(hover.x - info.x, hover.y - info.y) < 8;
          const claimId = info.object
            ? describe(info)?.claimId
            : fromHover
              ? hover.claimId
              : undefined;
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
          {t('map.basemapFailed')}
        </p>
      )}
    </div>
  );
}
