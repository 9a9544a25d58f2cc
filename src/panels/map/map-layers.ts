import type { Layer } from '@deck.gl/core';
import {
  GeoJsonLayer,
  IconLayer,
  PathLayer,
  ScatterplotLayer,
  TextLayer,
  type IconLayerProps,
} from '@deck.gl/layers';
import type { Basemap } from './basemap';
import { iconAtlas } from './icon-atlas';
import type { MapFlow } from './map-flows';
import type { MapLabel } from './map-labels';
import { discPixels, type MapPlace } from './map-places';
import { rgba, symbolColor, type MapPalette } from './map-theme';
import type { Selection } from './layer-toggles';

export interface LayerInput {
  basemap: Basemap | undefined;
  places: MapPlace[];
  flows: MapFlow[];
  labels: MapLabel[];
  selection: Selection;
  palette: MapPalette;
  zoom: number;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SYMBOL_SIZE = 20;

/** The map's layers, bottom to top; rebuilt on every render, as deck.gl intends. */
export function buildLayers({
  basemap,
  places,
  flows,
  labels,
  selection,
  palette,
  zoom,
}: LayerInput): Layer[] {
  const { mapping } = iconAtlas();
  // Typed as a URL or a texture, but deck turns any image source, a canvas included, into one.
  const atlas = iconAtlas().atlas as unknown as IconLayerProps['iconAtlas'];
  const discs = places.filter((p) => p.precision !== 'exact');
  const selectedPlaces = places.filter((p) => selection.placeIds.has(p.id));
  return [
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
    new ScatterplotLayer<MapPlace>({
      id: 'precision-discs',
      data: discs,
      pickable: true,
      radiusUnits: 'pixels',
      getPosition: (p) => p.position,
      getRadius: (p) => discPixels(p, zoom),
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      getFillColor: rgba(palette.disc, 46),
      getLineColor: rgba(palette.disc, 150),
      updateTriggers: { getRadius: zoom, getFillColor: palette.disc, getLineColor: palette.disc },
    }),
    new PathLayer<MapFlow>({
      id: 'flow-casing',
      data: flows,
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      getPath: (f) => f.path,
      getWidth: (f) => f.width + (selection.flowIds.has(f.id) ? 6 : 2.5),
      getColor: (f) =>
        selection.flowIds.has(f.id) ? rgba(palette.selected) : rgba(palette.halo, 200),
      updateTriggers: {
        getWidth: [...selection.flowIds],
        getColor: [palette.halo, ...selection.flowIds],
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
      getWidth: (f) => f.width,
      getColor: (f) => rgba(palette.flows[f.kind], 235),
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
      getColor: (f) => rgba(palette.flows[f.kind]),
      updateTriggers: { getColor: Object.values(palette.flows) },
    }),
    new ScatterplotLayer<MapPlace>({
      id: 'selection',
      data: selectedPlaces,
      radiusUnits: 'pixels',
      getPosition: (p) => p.position,
      getRadius: (p) => Math.max(15, discPixels(p, zoom) + 4),
      filled: false,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 3.5,
      getLineColor: rgba(palette.selected),
      updateTriggers: { getRadius: zoom, getLineColor: palette.selected },
    }),
    new IconLayer<MapPlace>({
      id: 'place-halos',
      data: places,
      iconAtlas: atlas,
      iconMapping: mapping,
      getIcon: (p) => `${p.symbol}-halo`,
      getPosition: (p) => p.position,
      getSize: SYMBOL_SIZE,
      getColor: rgba(palette.halo),
      updateTriggers: { getColor: palette.halo },
    }),
    new IconLayer<MapPlace>({
      id: 'places',
      data: places,
      pickable: true,
      iconAtlas: atlas,
      iconMapping: mapping,
      getIcon: (p) => p.symbol,
      getPosition: (p) => p.position,
      getSize: SYMBOL_SIZE,
      getColor: (p) => rgba(symbolColor(palette, p.symbol)),
      updateTriggers: { getColor: [palette.ink, ...Object.values(palette.symbols)] },
    }),
    new TextLayer<MapLabel>({
      id: 'labels',
      data: labels,
      characterSet: 'auto',
      fontFamily: FONT,
      fontWeight: 600,
      fontSettings: { sdf: true, fontSize: 56, buffer: 10, radius: 14 },
      outlineWidth: 5,
      outlineColor: rgba(palette.halo, 235),
      lineHeight: 1.2,
      getText: (l) => l.text,
      getPosition: (l) => l.position,
      getSize: (l) => (l.kind === 'country' ? 11 : 12.5),
      getColor: (l) => rgba(l.kind === 'country' ? palette.countryLabel : palette.ink),
      getPixelOffset: (l) => l.pixelOffset,
      getTextAnchor: (l) => l.textAnchor,
      getAlignmentBaseline: (l) => l.alignmentBaseline,
      updateTriggers: { getColor: [palette.ink, palette.countryLabel], outlineColor: palette.halo },
    }),
  ];
}
