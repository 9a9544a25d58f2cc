import type { Layer, LayersList } from '@deck.gl/core';
import {
  GeoJsonLayer,
  IconLayer,
  PathLayer,
  ScatterplotLayer,
  SolidPolygonLayer,
  TextLayer,
  type IconLayerProps,
} from '@deck.gl/layers';
import { fontStack } from '../../i18n/fonts';
import { pageLocale } from '../../i18n/locale';
import type { Basemap } from './basemap';
import type { LonLat } from './geo';
import { iconAtlas } from './icon-atlas';
import { LABEL_PRIORITY } from './label-data';
import type { MapFlow } from './map-flows';
import type { MapLabel } from './map-labels';
import type { ViewId } from './map-layout';
import { PRECISION_DISC, type MapPlace } from './map-places';
import { rgba, symbolColor, type MapPalette } from './map-theme';
import type { Selection } from './layer-toggles';

export interface LayerInput {
  basemap: Basemap | undefined;
  places: MapPlace[];
  flows: MapFlow[];
  /** Each view's own labels, placed for its viewport. */
  labels: Partial<Record<ViewId, MapLabel[]>>;
  /** The details' frames, drawn on the overview. */
  frames: { id: ViewId; ring: LonLat[] }[];
  rail: LonLat[] | undefined;
  selection: Selection;
  /** The place or flow under the pointer, ringed in every view. */
  hovered: string | undefined;
  palette: MapPalette;
}

const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The labels' font: the page's language's own first, as the page's text has it. */
export const labelFont = (): string => fontStack(pageLocale(), LABEL_FONT);
const SYMBOL_SIZE = 20;
/** How much of its colour a place or flow keeps when it was not yet on record at the date. */
const FADED = 60;
/** Routes no source traces are drawn fainter than the crossing, where imagery shows the traffic. */
const ORIENTATION = 150;

/** The whole Mercator world, for the ocean behind each view. */
const OCEAN: LonLat[] = [
  [-180, -85],
  [180, -85],
  [180, 85],
  [-180, 85],
];

const alpha = (known: boolean, full = 255) => (known ? full : FADED);

/** Draws labels in their own view only, and the details' frames on the overview only. */
export function layerFilter({ layer, viewport }: { layer: Layer; viewport: { id: string } }) {
  if (layer.id.startsWith('labels-')) return layer.id === `labels-${viewport.id}`;
  if (layer.id === 'frames') return viewport.id === 'overview';
  return true;
}

function discLayers(places: MapPlace[], palette: MapPalette): Layer[] {
  return (['approximate', 'city', 'region'] as const).map((precision) => {
    const disc = PRECISION_DISC[precision];
    return new ScatterplotLayer<MapPlace>({
      id: `precision-discs-${precision}`,
      data: places.filter((p) => p.precision === precision),
      pickable: true,
      // Its nominal radius on the ground, never smaller than its class's minimum on screen, in
      // every view at once: the classes stay apart when zoomed out.
      radiusUnits: 'meters',
      radiusMinPixels: disc?.minPixels ?? 0,
      getPosition: (p) => p.position,
      getRadius: (disc?.radiusKm ?? 0) * 1000,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      getFillColor: (p) => rgba(palette.disc, p.known ? 46 : 16),
      getLineColor: (p) => rgba(palette.disc, p.known ? 150 : 50),
      updateTriggers: { getFillColor: palette.disc, getLineColor: palette.disc },
    });
  });
}

/** The map's layers, bottom to top; rebuilt on every render, as deck.gl intends. */
export function buildLayers(input: LayerInput): LayersList {
  const { basemap, places, flows, labels, frames, rail, selection, hovered, palette } = input;
  const { mapping } = iconAtlas();
  // Typed as a URL or a texture, but deck turns any image source, a canvas included, into one.
  const atlas = iconAtlas().atlas as unknown as IconLayerProps['iconAtlas'];
  // The most important symbols are drawn last, on top: the bridge over the stations beside it.
  const drawOrder = [...places].sort((a, b) => LABEL_PRIORITY[a.symbol] - LABEL_PRIORITY[b.symbol]);
  const selectedPlaces = places.filter((p) => selection.placeIds.has(p.id));
  const hoveredPlaces = places.filter((p) => p.id === hovered);
  const characterSet = [
    ...new Set(
      Object.values(labels)
        .flat()
        .flatMap((l) => [...l.text]),
    ),
  ].sort();
  const flowColour = (f: MapFlow) =>
    rgba(palette.flows[f.kind], f.known ? (f.orientation ? ORIENTATION : 240) : FADED);
  return [
    // Each view paints its own ocean: the insets lie over the overview, and the export needs it.
    new SolidPolygonLayer<LonLat[]>({
      id: 'ocean',
      data: [OCEAN],
      getPolygon: (p) => p,
      getFillColor: rgba(palette.ocean),
      updateTriggers: { getFillColor: palette.ocean },
    }),
    new GeoJsonLayer({
      id: 'countries',
      data: basemap?.countries ?? [],
      filled: true,
      stroked: false,
      getFillColor: rgba(palette.land),
      updateTriggers: { getFillColor: palette.land },
    }),
    new GeoJsonLayer({
      id: 'borders',
      data: basemap ? [basemap.borders] : [],
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 0.8,
      getLineColor: rgba(palette.border),
      updateTriggers: { getLineColor: palette.border },
    }),
    // The Tumen as wide as Natural Earth's error at this scale, about 2.5 km: a thin line where
    // the map is zoomed out, a pale band close up, so no station is put on the wrong bank.
    new GeoJsonLayer({
      id: 'river',
      data: basemap?.river ? [basemap.river] : [],
      filled: false,
      stroked: true,
      lineWidthUnits: 'meters',
      getLineWidth: 2500,
      lineWidthMinPixels: 2,
      lineCapRounded: true,
      lineJointRounded: true,
      getLineColor: rgba(palette.river, 120),
      updateTriggers: { getLineColor: palette.river },
    }),
    ...discLayers(places, palette),
    new PathLayer<LonLat[]>({
      id: 'rail',
      data: rail ? [rail] : [],
      widthUnits: 'pixels',
      getPath: (p) => p,
      getWidth: 2.5,
      getColor: rgba(palette.rail),
      updateTriggers: { getColor: palette.rail },
    }),
    new PathLayer<MapFlow>({
      id: 'flow-casing',
      data: flows,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getPath: (f) => f.path,
      getWidth: (f) => f.width + (selection.flowIds.has(f.id) ? 6 : f.id === hovered ? 4 : 2),
      getColor: (f) =>
        selection.flowIds.has(f.id)
          ? rgba(palette.selected)
          : f.id === hovered
            ? rgba(palette.selected, 150)
            : rgba(palette.halo, f.known ? 170 : 40),
      updateTriggers: {
        getWidth: [hovered, ...selection.flowIds],
        getColor: [palette.halo, palette.selected, hovered, ...selection.flowIds],
      },
    }),
    new PathLayer<MapFlow>({
      id: 'flows',
      data: flows,
      pickable: true,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getPath: (f) => f.path,
      getWidth: (f) => (f.orientation ? f.width * 0.8 : f.width),
      getColor: flowColour,
      updateTriggers: { getColor: Object.values(palette.flows) },
    }),
    new IconLayer<MapFlow>({
      id: 'flow-arrows',
      data: flows,
      iconAtlas: atlas,
      iconMapping: mapping,
      getIcon: () => 'arrow',
      getPosition: (f) => f.arrow.position,
      getAngle: (f) => f.arrow.angle,
      getSize: (f) => 10 + f.width * 1.6,
      getColor: flowColour,
      updateTriggers: { getColor: Object.values(palette.flows) },
    }),
    new PathLayer<{ id: ViewId; ring: LonLat[] }>({
      id: 'frames',
      data: frames,
      widthUnits: 'pixels',
      getPath: (f) => f.ring,
      getWidth: 1.5,
      getColor: rgba(palette.frame),
      updateTriggers: { getColor: palette.frame },
    }),
    new ScatterplotLayer<MapPlace>({
      id: 'selection',
      data: [...selectedPlaces, ...hoveredPlaces],
      radiusUnits: 'pixels',
      getPosition: (p) => p.position,
      getRadius: 15,
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (p) => (selection.placeIds.has(p.id) ? 3.5 : 2),
      getLineColor: (p) => rgba(palette.selected, selection.placeIds.has(p.id) ? 255 : 150),
      updateTriggers: {
        getLineColor: [palette.selected, ...selection.placeIds],
        getLineWidth: [...selection.placeIds],
      },
    }),
    new IconLayer<MapPlace>({
      id: 'place-halos',
      data: drawOrder,
      iconAtlas: atlas,
      iconMapping: mapping,
      getIcon: (p) => `${p.symbol}-halo`,
      getPosition: (p) => p.position,
      getSize: SYMBOL_SIZE,
      getColor: (p) => rgba(palette.halo, alpha(p.known)),
      updateTriggers: { getColor: palette.halo },
    }),
    new IconLayer<MapPlace>({
      id: 'places',
      data: drawOrder,
      pickable: true,
      iconAtlas: atlas,
      iconMapping: mapping,
      getIcon: (p) => p.symbol,
      getPosition: (p) => p.position,
      getSize: SYMBOL_SIZE,
      getColor: (p) => rgba(symbolColor(palette, p.symbol), alpha(p.known)),
      updateTriggers: { getColor: [palette.ink, ...Object.values(palette.symbols)] },
    }),
    ...Object.entries(labels).map(
      ([view, data]) =>
        new TextLayer<MapLabel>({
          id: `labels-${view}`,
          data,
          // One character set for every view's labels: deck then builds one font atlas for all.
          characterSet,
          fontFamily: labelFont(),
          fontWeight: 600,
          fontSettings: { sdf: true, fontSize: 56, buffer: 10, radius: 14 },
          outlineWidth: 5,
          outlineColor: rgba(palette.halo, 235),
          lineHeight: 1.2,
          getText: (l) => l.text,
          getPosition: (l) => l.position,
          getSize: (l) => l.size,
          getColor: (l) =>
            rgba(
              l.kind === 'country'
                ? palette.countryLabel
                : l.kind === 'frame'
                  ? palette.frame
                  : palette.ink,
              l.faded ? 120 : 255,
            ),
          getPixelOffset: (l) => l.pixelOffset,
          getTextAnchor: (l) => l.textAnchor,
          getAlignmentBaseline: (l) => l.alignmentBaseline,
          updateTriggers: {
            getColor: [palette.ink, palette.countryLabel, palette.frame],
            outlineColor: palette.halo,
          },
        }),
    ),
  ];
}
