import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Panel } from '../../components/panel';
import { newestClaim } from '../../dataset/dates';
import { useShownRelease } from '../../components/use-shown-release';
import { viewFilterText } from '../../lib/view-text';
import { dashboardUrl, siteRoot } from '../../lib/share-urls';
import {
  currentView,
  useDatasetOrigin,
  useDashboardActions,
  useDataset,
  useDrawnAsOf,
  useSelectedClaimId,
  useChartDataset,
} from '../../store';
import { ALL_LAYERS_ON, selectionTargets, shownFlows, shownPlaces } from './layer-toggles';
import { LazyMapCanvas, preloadMapCanvas } from './lazy-map-canvas';
import { MapErrorBoundary } from './map-error-boundary';
import { mapImage, mapSvg } from './map-export-action';
import type { MapHandle } from './map-export';
import { mapFlows, widthExplanation } from './map-flows';
import { knownAsOf } from './map-known';
import { viewAt } from './map-layout';
import { MapLegend } from './map-legend';
import { MapPlaceList } from './map-place-list';
import { mapPlaces } from './map-places';
import { mapPhase, unavailableReason } from './map-phase';
import { claimsOnMap, mapSourceLine, mapSubtitle, mapTitle, selectedSentence } from './map-text';
import { MapUnavailable } from './map-unavailable';
import { MapToolbar } from './map-toolbar';
import { MapViewFrames } from './map-view-frames';
import { DETAIL_LIMIT_ZOOM } from './map-views';
import { useElementSize } from './use-element-size';
import { useLoadTrigger } from './use-load-trigger';
import { useMapPalette } from './use-map-theme';
import { useMapViews } from './use-map-views';
import type { PlacedLabel } from './view-labels';
import { webglSupport } from './webgl';
import { t } from './map-messages';
import './map-panel.css';

/** Keys that move the view in focus: a share of the view for arrows, a zoom step for + and −. */
const KEYS: Record<string, { pan?: [number, number]; zoom?: number }> = {
  ArrowLeft: { pan: [-0.2, 0] },
  ArrowRight: { pan: [0.2, 0] },
  ArrowUp: { pan: [0, -0.2] },
  ArrowDown: { pan: [0, 0.2] },
  Equal: { zoom: 1 },
  NumpadAdd: { zoom: 1 },
  Minus: { zoom: -1 },
  NumpadSubtract: { zoom: -1 },
};

export function MapPanel() {
  const dataset = useChartDataset();
  const full = useDataset();
  // The date the charts are drawn with: a new one is drawn in the background, as theirs is.
  const asOf = useDrawnAsOf();
  const origin = useDatasetOrigin();
  const release = useShownRelease();
  const selectedId = useSelectedClaimId();
  const { claimSelected } = useDashboardActions();
  const palette = useMapPalette();
  const stageRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageRef);
  const { near, idle } = useLoadTrigger(stageRef);
  const [toggles, setToggles] = useState(ALL_LAYERS_ON);
  const [failure, setFailure] = useState<string | null>(null);
  const [firstFrame, setFirstFrame] = useState<number | null>(null);
  const [labels, setLabels] = useState<PlacedLabel[]>([]);
  const handle = useRef<MapHandle | null>(null);

  const known = useMemo(() => (full ? knownAsOf(full, asOf) : undefined), [full, asOf]);
  const places = useMemo(
    () => (dataset ? mapPlaces(dataset, known?.placeIds) : []),
    [dataset, known],
  );
  const flows = useMemo(
    () => (dataset ? mapFlows(dataset, places, known) : []),
    [dataset, places, known],
  );
  const visiblePlaces = useMemo(() => shownPlaces(places, toggles), [places, toggles]);
  const visibleFlows = useMemo(() => shownFlows(flows, toggles), [flows, toggles]);
  const selection = useMemo(
    () => selectionTargets(places, flows, selectedId),
    [places, flows, selectedId],
  );
  const onMap = useMemo(() => claimsOnMap(places, flows), [places, flows]);
  const newestOnMap = useMemo(() => newestClaim(onMap), [onMap]);
  const mapViews = useMapViews(size, places);
  const { layout, views, focus } = mapViews;

  // WebGL is checked only once the map is wanted, and before any of deck.gl is fetched; when the
  // browser is idle the chunk is fetched ahead, but the map is drawn only once it is near.
  const webgl = near || idle ? webglSupport() : null;
  useEffect(() => {
    if (webgl === 'webgl2') void preloadMapCanvas();
  }, [webgl]);

  const onDrawn = useCallback((ms: number) => setFirstFrame(Math.round(ms)), []);
  const onFailure = useCallback((reason: string) => setFailure(reason), []);
  const onReady = useCallback((h: MapHandle | null) => (handle.current = h), []);
  const onSelectClaim = useCallback((id: string) => claimSelected(id), [claimSelected]);

  if (dataset === null) return null;
  const phase = mapPhase({ webgl, failure, drawn: firstFrame !== null, near });
  const widthNote = widthExplanation(flows);
  const sourceLine = mapSourceLine(places, flows);
  const fallback = phase === 'no-webgl' || phase === 'failed';
  const detailed = views && Object.values(views).some((v) => v.zoom >= DETAIL_LIMIT_ZOOM);

  const exportOptions = () => {
    const viewState = currentView();
    if (!size || !layout || !views || !stageRef.current) throw new Error(t('map.notDrawnYet'));
    return {
      size,
      layout,
      views,
      labels,
      frame: stageRef.current,
      palette,
      toggles,
      places: visiblePlaces,
      flows: visibleFlows,
      widthNote,
      sourceLine,
      newest: newestOnMap,
      asOf,
      link: dashboardUrl(
        siteRoot(window.location.origin, import.meta.env.BASE_URL),
        'map',
        viewState,
      ),
      selected: selectedSentence(dataset, selectedId, selection),
      customLabel: origin.kind === 'custom' ? origin.label : undefined,
      release,
      // "Known as of" has a note of its own on the map.
      view: viewFilterText({ ...viewState, asOf: null }),
    };
  };
  // Read the deck canvas in the same task as its redraw: see map-canvas's capture().
  const exportImage = () => {
    const map = handle.current?.capture();
    if (!map) throw new Error(t('map.notDrawnYet'));
    return mapImage(map, exportOptions());
  };

  return (
    <Panel
      id="map"
      title={mapTitle()}
      subtitle={mapSubtitle()}
      sourceLine={sourceLine}
      newest={newestOnMap}
      actions={{
        claims: onMap,
        figure: fallback ? 'none' : 'map',
        exportImage: async () => exportImage(),
        exportVector: async () =>
          mapSvg({ ...exportOptions(), basemap: handle.current?.basemap() }),
      }}
      toolbar={
        fallback ? undefined : (
          <MapToolbar
            ready={phase === 'drawn' && views !== null}
            focus={focus}
            onZoom={mapViews.zoomed}
            onReset={mapViews.reset}
            onCrossing={mapViews.crossing}
            onFront={mapViews.front}
          />
        )
      }
    >
      <div className="map-layout">
        <div
          className="map-stage"
          ref={stageRef}
          data-map-state={phase}
          data-map-layout={layout?.kind}
          data-map-focus={focus}
          data-map-first-frame-ms={firstFrame ?? undefined}
          data-map-views={
            layout && views
              ? JSON.stringify(layout.views.map((rect) => ({ ...rect, ...views[rect.id] })))
              : undefined
          }
          data-map-labels={labels.length ? JSON.stringify(labels) : undefined}
          onPointerDown={(event) => {
            if (!layout || !stageRef.current) return;
            const box = stageRef.current.getBoundingClientRect();
            const id = viewAt(layout, event.clientX - box.left, event.clientY - box.top);
            if (id) mapViews.focused(id);
          }}
          onKeyDown={(event) => {
            const key = KEYS[event.code];
            const target = event.target as Element;
            if (!key || !target.classList.contains('deck-events-root')) return;
            event.preventDefault();
            if (key.pan) mapViews.panned(key.pan);
            if (key.zoom) mapViews.zoomed(key.zoom);
          }}
        >
          {fallback ? (
            <MapUnavailable reason={unavailableReason(webgl, failure)} />
          ) : phase === 'waiting' || !views || !layout || size === null ? (
            <p className="map-stage__placeholder">{t('map.waiting')}</p>
          ) : (
            <MapErrorBoundary onError={onFailure}>
              <Suspense fallback={<p className="map-stage__placeholder">{t('map.loading')}</p>}>
                <LazyMapCanvas
                  places={visiblePlaces}
                  flows={visibleFlows}
                  labelsOn={toggles.labels}
                  selection={selection}
                  palette={palette}
                  layout={layout}
                  views={views}
                  size={size}
                  onViewChange={mapViews.moved}
                  onSelectClaim={onSelectClaim}
                  onDrawn={onDrawn}
                  onFailure={onFailure}
                  onReady={onReady}
                  onLabels={setLabels}
                />
              </Suspense>
              <MapViewFrames layout={layout} focus={focus} onFocus={mapViews.focused} />
            </MapErrorBoundary>
          )}
          {phase === 'drawn' && detailed && (
            <p className="map-stage__scale-note">{t('map.scaleNote')}</p>
          )}
        </div>
        {!fallback && (
          <MapLegend
            places={places}
            flows={flows}
            toggles={toggles}
            palette={palette}
            widthNote={widthNote}
            asOf={asOf}
            onToggle={(key, on) => setToggles((old) => ({ ...old, [key]: on }))}
          />
        )}
      </div>
      {fallback ? (
        <MapPlaceList places={places} flows={flows} asOf={asOf} onSelect={onSelectClaim} />
      ) : (
        <details className="map-text">
          <summary>{t('map.asText')}</summary>
          <MapPlaceList places={places} flows={flows} asOf={asOf} onSelect={onSelectClaim} />
        </details>
      )}
    </Panel>
  );
}
