import { formatDate, withStop } from '../../lib/format';
import { t } from './map-messages';
import type { Claim } from '../../dataset/schema';
import { exportRecencyText, todayIso } from '../../lib/recency';
import { FLOW_KIND_ORDER, flowLabel } from './flows';
import type { LayerToggles } from './layer-toggles';
import type { Basemap } from './basemap';
import {
  canvasToPng,
  composeMapImage,
  type ExportText,
  type ExportView,
  type MapDrawing,
} from './map-export';
import { figureKey } from './map-figures';
import { viewTitle, type MapLayout } from './map-layout';
import { mapSvgDocument } from './map-svg';
import { withPngText, type PngText } from '../../lib/png-text';
import { EVEN_ODD, SYMBOL_PATHS, symbolLabel } from './map-symbols';
import { mapSubtitle, mapTitle } from './map-text';
import { symbolColor } from './map-theme';

export interface ExportOptions extends MapDrawing {
  /** The stage: its computed style gives the page's colours. */
  frame: Element;
  toggles: LayerToggles;
  widthNote: string;
  sourceLine: string;
  /** The newest claim on the map: its date, and how old it is, go under the map. */
  newest: Pick<Claim, 'claimedOn' | 'claimedBy'> | undefined;
  /** The "known as of" date, when one is set. */
  asOf: string | null;
  /** The dashboard at the map, in the reader's view. */
  link: string;
  /** The selected claim in a sentence, when the map rings its place or arc. */
  selected: string | undefined;
  /** Set when the figures are a researcher's own file. */
  customLabel?: string;
  /** The release shown, and a newer one when there is one. */
  release?: { id: string; newer: string | undefined };
  /** The filters in force, in a line. */
  view?: string;
}

/** The key of what is switched on, in the order the legend lists it. */
export function exportLegend({ palette, toggles, places }: ExportOptions): ExportText['legend'] {
  const flows = FLOW_KIND_ORDER.filter((k) => toggles[k]).map((k) => ({
    label: flowLabel(k),
    color: palette.flows[k],
  }));
  const symbols = [...new Set(places.map((p) => p.symbol))].map((symbol) => ({
    label: symbolLabel(symbol),
    color: symbolColor(palette, symbol),
    path: SYMBOL_PATHS[symbol],
    evenOdd: EVEN_ODD.has(symbol),
  }));
  return [
    ...flows,
    { label: t('map.exportRiver'), color: palette.river },
    { label: t('map.exportRail'), color: palette.rail },
    ...symbols,
  ];
}

/** Everything written around the exported map, the same in the PNG and the SVG. */
export function exportText(options: ExportOptions): ExportText {
  const { asOf } = options;
  const { customLabel, release } = options;
  return {
    warnings: [
      ...(customLabel ? [t('export.custom', { label: customLabel })] : []),
      ...(release?.newer
        ? [t('export.releaseNewer', { id: release.id, newer: release.newer })]
        : []),
    ],
    title: mapTitle(),
    subtitle: mapSubtitle(),
    legend: exportLegend(options),
    figures: figureKey(options.places),
    notes: [
      ...(options.view ? [options.view] : []),
      options.widthNote,
      t('map.exportFaint'),
      t('map.exportDisc'),
      ...(asOf ? [t('map.exportKnownAsOf', { date: formatDate(asOf) })] : []),
      ...(options.selected ? [withStop(t('map.exportSelected', { claim: options.selected }))] : []),
    ],
    sourceLine: options.sourceLine,
    asOf: exportRecencyText(options.newest, todayIso()),
    link: release
      ? `${t('export.releaseShort', { id: release.id })} · ${t('map.exportLink', { link: options.link })}`
      : t('map.exportLink', { link: options.link }),
  };
}

export const exportViews = (layout: MapLayout): ExportView[] =>
  layout.views.map(({ id, x, y, width, height }) => ({
    x,
    y,
    width,
    height,
    title: viewTitle(id),
  }));

function colours(options: ExportOptions) {
  const css = getComputedStyle(options.frame);
  const colour = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    page: colour('--surface', '#ffffff'),
    text: colour('--text', '#1b1f24'),
    muted: colour('--muted', '#555d66'),
    ocean: options.palette.ocean,
    frame: options.palette.frame,
  };
}

/** The words the map's PNG carries in the file, as its picture carries them. */
export function mapPngText(text: ExportText, link: string): PngText {
  return {
    Title: text.title,
    Description: [text.subtitle, ...text.notes].join(' '),
    Warning: text.warnings?.join(' '),
    Source: link,
    Comment: [...text.figures, text.sourceLine, text.asOf, text.link].join('\n'),
    'Creation Time': todayIso(),
  };
}

/** The drawn map composed with its frames, title, key, figures, notes, source, date and link. */
export async function mapImage(map: HTMLCanvasElement, options: ExportOptions) {
  const text = exportText(options);
  const image = composeMapImage(
    map,
    options.size,
    exportViews(options.layout),
    text,
    colours(options),
  );
  return withPngText(await canvasToPng(image), mapPngText(text, options.link));
}

/** The map drawn again as vectors: every view, its frame, labels, key and text. */
export async function mapSvg(options: ExportOptions & { basemap: Basemap | undefined }) {
  const svg = mapSvgDocument({ ...options, text: exportText(options), colours: colours(options) });
  return new Blob([svg], { type: 'image/svg+xml' });
}
