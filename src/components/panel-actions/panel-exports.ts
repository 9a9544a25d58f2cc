import type { Claim, Dataset } from '../../dataset/schema';
import { claimsToCsv } from '../../lib/csv';
import {
  composeFigureSvg,
  svgToPng,
  svgToSlidePng,
  type FigureColours,
} from '../../lib/export-svg';
import { chartOf, figureText } from './figure-text';

/** What a panel's files are made from: the panel on the page and what it draws. */
export interface PanelExport {
  section: Element;
  claims: readonly Claim[];
  dataset: Dataset;
  /** The link that reproduces the view, drawn into images. */
  url: string;
  /** Set when the figures are a researcher's own file. */
  customLabel: string | undefined;
  /** The release shown, and a newer one if there is one. */
  release?: { id: string; newer: string | undefined };
  /** The measure chosen and the filters in force, in a line. */
  view?: string;
  drawFigure?: (colours: FigureColours) => SVGSVGElement;
  sources?: readonly { title: string; publisher: string; url: string }[];
}

const colour = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** The panel as a self-contained SVG: its chart with title, qualifiers, sources and date. */
export function panelSvg(panel: PanelExport): string {
  const { section, claims, dataset, url, customLabel, drawFigure, sources, release, view } = panel;
  const colours: FigureColours = {
    background: colour('--surface', '#ffffff'),
    text: colour('--text', '#1b1f24'),
    muted: colour('--muted', '#555d66'),
  };
  const chart = drawFigure ? drawFigure(colours) : chartOf(section, colours.text);
  if (!chart) throw new Error('the chart has not been drawn yet');
  const text = { ...figureText(section, claims, dataset, url, customLabel), release, view };
  if (sources)
    text.sources = [...new Map([...text.sources, ...sources].map((s) => [s.url, s])).values()];
  return composeFigureSvg(chart, text, colours);
}

/** The same figure as a PNG, twice the size on screen. */
export const panelPng = (panel: PanelExport): Promise<Blob> => svgToPng(panelSvg(panel), 2);

/** Any exported SVG (the map's) on a 1,920×1,080 slide. */
export const svgSlide = (svg: string): Promise<Blob> =>
  svgToSlidePng(svg, colour('--surface', '#ffffff'));

/** The same figure on a 1,920×1,080 slide. */
export const panelSlidePng = (panel: PanelExport): Promise<Blob> =>
  svgToSlidePng(panelSvg(panel), colour('--surface', '#ffffff'));

/** The clipboard takes images where the browser allows it: not every browser, nor every page. */
export const canCopyImages = () =>
  typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

/** Puts a PNG on the clipboard, for pasting into slides. */
export async function copyPng(png: Promise<Blob>) {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}

/** The panel's claims as CSV, each row with its attribution. */
export const panelCsv = (dataset: Dataset, claims: readonly Claim[], datasetLabel: string) =>
  claimsToCsv(dataset, claims, datasetLabel);
