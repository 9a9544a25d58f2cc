import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Panel } from '../../components/panel';
import { newestClaim } from '../../dataset/dates';
import { useDashboardActions, useSelectedClaimId, useVisibleDataset } from '../../store';
import type { MapViewState } from './geo';
import { ALL_LAYERS_ON, selectionTargets, shownFlows, shownPlaces } from './layer-toggles';
import { LazyMapCanvas, preloadMapCanvas } from './lazy-map-canvas';
import { MapErrorBoundary } from './map-error-boundary';
import { mapImage } from './map-export-action';
import type { MapHandle } from './map-export';
import { mapFlows, widthExplanation } from './map-flows';
import { MapLegend } from './map-legend';
import { MapPlaceList } from './map-place-list';
import { mapPlaces } from './map-places';
import { mapPhase, unavailableReason } from './map-phase';
import { claimsOnMap, MAP_SUBTITLE, MAP_TITLE, mapSourceLine, selectedSentence } from './map-text';
import { MapUnavailable } from './map-unavailable';
import { MapToolbar } from './map-toolbar';
import { crossingView, DETAIL_LIMIT_ZOOM, firstView, zoomBy } from './map-views';
import { useElementSize } from './use-element-size';
import { useLoadTrigger } from './use-load-trigger';
import { useMapPalette } from './use-map-theme';
import { webglSupport } from './webgl';
import './map-panel.css';

export function MapPanel() {
  const dataset = useVisibleDataset();
  const selectedId = useSelectedClaimId();
  const { claimSelected } = useDashboardActions();
  const palette = useMapPalette();
  const stageRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageRef);
  const { near, idle } = useLoadTrigger(stageRef);
  const [toggles, setToggles] = useState(ALL_LAYERS_ON);
  // null follows the first view (refitted when the panel resizes); set once the reader moves.
  const [view, setView] = useState<MapViewState | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  const handle = useRef<MapHandle | null>(null);

  const places = useMemo(() => (dataset ? mapPlaces(dataset) : []), [dataset]);
  const flows = useMemo(() => (dataset ? mapFlows(dataset, places) : []), [dataset, places]);
  const visiblePlaces = useMemo(() => shownPlaces(places, toggles), [places, toggles]);
  const visibleFlows = useMemo(() => shownFlows(flows, toggles), [flows, toggles]);
  const selection = useMemo(
    () => selectionTargets(places, flows, selectedId),
    [places, flows, selectedId],
  );

  // WebGL is checked only once the map is wanted, and before any of deck.gl is fetched; when the
  // browser is idle the chunk is fetched ahead, but the map is drawn only once it is near.
  const webgl = near || idle ? webglSupport() : null;
  useEffect(() => {
    if (webgl === 'webgl2') void preloadMapCanvas();
  }, [webgl]);

  const onDrawn = useCallback(() => setDrawn(true), []);
  const onFailure = useCallback((reason: string) => setFailure(reason), []);
  const onReady = useCallback((h: MapHandle | null) => (handle.current = h), []);
  const onSelectClaim = useCallback((id: string) => claimSelected(id), [claimSelected]);

  if (dataset === null) return null;
  const phase = mapPhase({ webgl, failure, drawn, near });
  const shownView = view ?? (size ? firstView(size) : null);
  const widthNote = widthExplanation(flows);
  const sourceLine = mapSourceLine(places, flows);
  const fallback = phase === 'no-webgl' || phase === 'failed';

  // Read the deck canvas in the same task as its redraw: see map-canvas's capture().
  const exportImage = () => {
    const map = handle.current?.capture();
    if (!map || !size || !stageRef.current) throw new Error('the map has not been drawn yet');
    return mapImage(map, size, stageRef.current, {
      palette,
      toggles,
      places: visiblePlaces,
      widthNote,
      sourceLine,
      newest: newestClaim(claimsOnMap(places, flows)),
      selected: selectedSentence(dataset, selectedId, selection),
    });
  };

  return (
    <Panel
      id="map"
      title={MAP_TITLE}
      subtitle={MAP_SUBTITLE}
      sourceLine={sourceLine}
      newest={newestClaim(claimsOnMap(places, flows))}
      actions={{
        claims: claimsOnMap(places, flows),
        figure: fallback ? 'none' : 'map',
        exportImage: async () => exportImage(),
      }}
      toolbar={
        fallback ? undefined : (
          <MapToolbar
            ready={phase === 'drawn' && shownView !== null}
            onZoom={(step) => shownView && size && setView(zoomBy(shownView, step, size))}
            onReset={() => setView(null)}
            onCrossing={() => size && setView(crossingView(size))}
          />
        )
      }
    >
      <div className="map-layout">
        <div
          className="map-stage"
          ref={stageRef}
          data-map-state={phase}
          data-map-view={
            shownView && size
              ? JSON.stringify({ ...shownView, width: size.width, height: size.height })
              : undefined
          }
          style={{ background: fallback ? undefined : palette.ocean }}
        >
          {fallback ? (
            <MapUnavailable reason={unavailableReason(webgl, failure)} />
          ) : phase === 'waiting' || shownView === null || size === null ? (
            <p className="map-stage__placeholder">The map loads when it scrolls into view.</p>
          ) : (
            <MapErrorBoundary onError={onFailure}>
              <Suspense fallback={<p className="map-stage__placeholder">Loading the map…</p>}>
                <LazyMapCanvas
                  places={visiblePlaces}
                  flows={visibleFlows}
                  labelsOn={toggles.labels}
                  selection={selection}
                  palette={palette}
                  view={shownView}
                  size={size}
                  onViewChange={setView}
                  onSelectClaim={onSelectClaim}
                  onDrawn={onDrawn}
                  onFailure={onFailure}
                  onReady={onReady}
                />
              </Suspense>
            </MapErrorBoundary>
          )}
          {phase === 'drawn' && shownView && shownView.zoom >= DETAIL_LIMIT_ZOOM && (
            <p className="map-stage__scale-note">
              At this scale the borders and coast (Natural Earth, 1:50 million) are off by a
              kilometre or two; the points come from the sources named in their tooltips.
            </p>
          )}
        </div>
        {!fallback && (
          <MapLegend
            places={places}
            flows={flows}
            toggles={toggles}
            palette={palette}
            widthNote={widthNote}
            onToggle={(key, on) => setToggles((t) => ({ ...t, [key]: on }))}
          />
        )}
      </div>
      {fallback ? (
        <MapPlaceList
          places={places}
          flows={flows}
          selectedId={selectedId}
          onSelect={onSelectClaim}
        />
      ) : (
        <details className="map-text">
          <summary>The map as text: places, claims and flows</summary>
          <MapPlaceList
            places={places}
            flows={flows}
            selectedId={selectedId}
            onSelect={onSelectClaim}
          />
        </details>
      )}
    </Panel>
  );
}
