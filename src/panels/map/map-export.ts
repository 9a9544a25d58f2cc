import { fontStack } from '../../i18n/fonts';
import { pageLocale } from '../../i18n/locale';
import { t } from './map-messages';
import type { Basemap } from './basemap';
import type { MapViewState } from './geo';
import type { MapFlow } from './map-flows';
import type { MapLayout, ViewId } from './map-layout';
import type { MapPlace } from './map-places';
import type { MapPalette } from './map-theme';
import type { PlacedLabel } from './view-labels';

/** What both exports draw the map from: the views as laid out, and what they show. */
export interface MapDrawing {
  size: { width: number; height: number };
  layout: MapLayout;
  views: Record<ViewId, MapViewState>;
  labels: PlacedLabel[];
  palette: MapPalette;
  places: MapPlace[];
  flows: MapFlow[];
}

/** What the map canvas hands the panel for exporting: the deck canvas, freshly drawn. */
export interface MapHandle {
  capture: () => HTMLCanvasElement | null;
  /** The basemap the canvas drew, for the vector export. */
  basemap: () => Basemap | undefined;
}

/** The colour of a warning drawn into an export, as in the charts' exports. */
const WARNING = '#b3261e';

/** The words an exported map carries so it stands alone: title, key, figures, source, date, link. */
export interface ExportText {
  /** Above the title, in red: a researcher's own dataset, or a release with newer figures. */
  warnings?: string[];
  title: string;
  subtitle: string;
  /** Key entries: a line in the colour, or the symbol's path (24-unit box) when given. */
  legend: { label: string; color: string; path?: string; evenOdd?: boolean }[];
  /** The figures the tooltips carry for the main places, one line a place, claims with claimants. */
  figures: string[];
  notes: string[];
  sourceLine: string;
  asOf: string;
  link: string;
}

/** A view's box on the map, with the name its frame carries. */
export interface ExportView {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
}

export interface ExportColours {
  page: string;
  text: string;
  muted: string;
  ocean: string;
  frame: string;
}

/** Breaks text into lines no wider than maxWidth, as measured by the given function. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export const EXPORT_PAD = 20;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** The picture's fonts, the page's language's own first (the page has loaded it). */
function exportFonts() {
  const font = fontStack(pageLocale(), FONT);
  return {
    title: `700 20px ${font}`,
    subtitle: `14px ${font}`,
    legend: `13px ${font}`,
    heading: `700 13px ${font}`,
    small: `12px ${font}`,
    frame: `600 12px ${font}`,
  };
}

/**
 * The map as a picture: the page colour first, the map's views (each cleared to the ocean by
 * deck), their frames and names, then the title above and the key, the figures at the main
 * places, notes, source line, date and link below.
 */
export function composeMapImage(
  map: HTMLCanvasElement,
  size: { width: number; height: number },
  views: ExportView[],
  text: ExportText,
  colours: ExportColours,
  ratio = 2,
): HTMLCanvasElement {
  const PAD = EXPORT_PAD;
  const width = size.width + 2 * PAD;
  const inner = size.width;
  const fonts = exportFonts();
  const scratch = document.createElement('canvas').getContext('2d');
  if (scratch === null) throw new Error(t('map.noCanvasExport'));
  const measure = (font: string) => (s: string) => {
    scratch.font = font;
    return scratch.measureText(s).width;
  };
  const warnings = (text.warnings ?? []).flatMap((w) =>
    wrapText(w, inner, measure(fonts.subtitle)),
  );
  const title = wrapText(text.title, inner, measure(fonts.title));
  const subtitle = wrapText(text.subtitle, inner, measure(fonts.subtitle));
  const figures = text.figures.map((f) => wrapText(f, inner, measure(fonts.small)));
  const notes = [...text.notes, text.sourceLine, text.asOf, text.link].map((n) =>
    wrapText(n, inner, measure(fonts.small)),
  );
  // The key flows left to right and wraps like text.
  const keyRows: (ExportText['legend'][number] & { x: number })[][] = [[]];
  let x = 0;
  for (const item of text.legend) {
    const w = 30 + measure(fonts.legend)(item.label) + 18;
    if (x > 0 && x + w > inner) {
      keyRows.push([]);
      x = 0;
    }
    keyRows[keyRows.length - 1]?.push({ ...item, x });
    x += w;
  }
  const top = PAD + warnings.length * 19 + title.length * 26 + subtitle.length * 19 + 8;
  const figureHeight = figures.length ? 20 + figures.flat().length * 17 + figures.length * 3 : 0;
  const below =
    keyRows.length * 22 + figureHeight + notes.flat().length * 17 + notes.length * 4 + 12;
  const height = top + size.height + below + PAD;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const g = canvas.getContext('2d');
  if (g === null) throw new Error(t('map.noCanvasExport'));
  g.scale(ratio, ratio);
  g.fillStyle = colours.page;
  g.fillRect(0, 0, width, height);
  g.textBaseline = 'top';
  let y = PAD;
  const write = (lines: string[], font: string, colour: string, step: number) => {
    g.font = font;
    g.fillStyle = colour;
    for (const line of lines) {
      g.fillText(line, PAD, y);
      y += step;
    }
  };
  write(warnings, `700 ${fonts.subtitle}`, WARNING, 19);
  write(title, fonts.title, colours.text, 26);
  write(subtitle, fonts.subtitle, colours.muted, 19);
  y = top;
  g.drawImage(map, PAD, y, size.width, size.height);
  for (const view of views) {
    g.strokeStyle = colours.frame;
    g.lineWidth = 1;
    g.strokeRect(PAD + view.x + 0.5, y + view.y + 0.5, view.width - 1, view.height - 1);
    g.font = fonts.frame;
    const w = measure(fonts.frame)(view.title) + 10;
    g.fillStyle = colours.page;
    g.fillRect(PAD + view.x + 1, y + view.y + 1, w, 18);
    g.fillStyle = colours.text;
    g.fillText(view.title, PAD + view.x + 6, y + view.y + 4);
  }
  y += size.height + 10;
  g.font = fonts.legend;
  for (const row of keyRows) {
    for (const item of row) {
      g.fillStyle = item.color;
      if (item.path) {
        g.save();
        g.translate(PAD + item.x + 4, y - 1);
        g.scale(0.68, 0.68);
        g.fill(new Path2D(item.path), item.evenOdd ? 'evenodd' : 'nonzero');
        g.restore();
      } else g.fillRect(PAD + item.x, y + 6, 24, 4);
      g.fillStyle = colours.text;
      g.fillText(item.label, PAD + item.x + 30, y);
    }
    y += 22;
  }
  if (figures.length) {
    write([t('map.figuresHeading')], fonts.heading, colours.text, 20);
    for (const lines of figures) {
      write(lines, fonts.small, colours.text, 17);
      y += 3;
    }
  }
  for (const lines of notes) {
    write(lines, fonts.small, colours.muted, 17);
    y += 4;
  }
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(t('map.pngFailed')))),
      'image/png',
    ),
  );
}
