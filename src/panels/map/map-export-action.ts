import type { Claim } from '../../dataset/schema';
import { exportRecencyText, todayIso } from '../../lib/recency';
import { FLOW_KIND_ORDER, FLOW_KINDS } from './flows';
import type { LayerToggles } from './layer-toggles';
import { canvasToPng, composeMapImage, type ExportText } from './map-export';
import type { MapPlace } from './map-places';
import { EVEN_ODD, SYMBOL_LABELS, SYMBOL_PATHS } from './map-symbols';
import { MAP_SUBTITLE, MAP_TITLE } from './map-text';
import { symbolColor, type MapPalette } from './map-theme';

interface ExportOptions {
  palette: MapPalette;
  toggles: LayerToggles;
  places: MapPlace[];
  widthNote: string;
  sourceLine: string;
  /** The newest claim on the map: its date, and how old it is, go under the map. */
  newest: Pick<Claim, 'claimedOn' | 'claimedBy'> | undefined;
  /** The selected claim in a sentence, when the map rings its place or arc. */
  selected: string | undefined;
}

/** The key of what is switched on, in the order the legend lists it. */
function exportLegend({ palette, toggles, places }: ExportOptions): ExportText['legend'] {
  const flows = FLOW_KIND_ORDER.filter((k) => toggles[k]).map((k) => ({
    label: FLOW_KINDS[k].label,
    color: palette.flows[k],
  }));
  const symbols = [...new Set(places.map((p) => p.symbol))].map((symbol) => ({
    label: SYMBOL_LABELS[symbol],
    color: symbolColor(palette, symbol),
    path: SYMBOL_PATHS[symbol],
    evenOdd: EVEN_ODD.has(symbol),
  }));
  return [...flows, ...symbols];
}

/** The drawn map composed with its title, key, notes, source and date, as a PNG. */
export function mapImage(
  map: HTMLCanvasElement,
  size: { width: number; height: number },
  frame: Element,
  options: ExportOptions,
) {
  const css = getComputedStyle(frame);
  const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const image = composeMapImage(
    map,
    size,
    {
      title: MAP_TITLE,
      subtitle: MAP_SUBTITLE,
      legend: exportLegend(options),
      notes: [
        options.widthNote,
        'Disc around a symbol: location approximate, or a city or region; no disc: exact site.',
        ...(options.selected
          ? [`Ringed: the place or arc of the selected claim, ${options.selected}.`]
          : []),
      ],
      sourceLine: options.sourceLine,
      asOf: exportRecencyText(options.newest, todayIso()),
    },
    {
      page: colour('--surface', '#ffffff'),
      text: colour('--text', '#1b1f24'),
      muted: colour('--muted', '#555d66'),
      ocean: options.palette.ocean,
    },
  );
  return canvasToPng(image);
}
