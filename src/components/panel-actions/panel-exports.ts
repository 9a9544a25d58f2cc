import type { Claim, Dataset } from '../../dataset/schema';
import { claimsToCsv } from '../../lib/csv';
import {
  composeFigureSvg,
  svgToPng,
  svgToSlidePng,
  withPageFonts,
  type FigureColours,
} from '../../lib/export-svg';
import { withPngText, type PngText } from '../../lib/png-text';
import type { FigureText } from '../../lib/export-svg';
import { chartOf, figureText } from './figure-text';
import { t } from '../../i18n/messages';

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

/** The words a PNG of the figure carries in the file: title, view, warnings, sources and link. */
export function figurePngText(text: FigureText): PngText {
  return {
    Title: text.title,
    Description: [text.subtitle, text.view, text.notes].filter(Boolean).join(' '),
    Warning: [
      text.customLabel && t('export.customFile', { label: text.customLabel }),
      text.release?.newer && t('export.newer', { newer: text.release.newer }),
    ]
      .filter(Boolean)
      .join(' '),
    Source: text.url,
    Comment: [
      text.release && t('export.release', { id: text.release.id }),
      text.sourceLine,
      ...text.sources.map((s) => `${s.publisher}, ${s.title}: ${s.url}`),
    ]
      .filter(Boolean)
      .join('\n'),
    'Creation Time': text.madeOn,
  };
}

/** The panel's figure: the self-contained SVG and the words written around its chart. */
function panelFigure(panel: PanelExport): { svg: string; text: FigureText } {
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
  return { svg: composeFigureSvg(chart, text, colours), text };
}

/**
 * An SVG to save, with the page's language's fonts inlined: opened elsewhere, it cannot reach
 * the page's fonts, and Cyrillic or Hangul would fall to whatever that machine has.
 */
export async function svgWithPageFonts(svg: string | Blob): Promise<Blob> {
  const text = typeof svg === 'string' ? svg : await svg.text();
  return new Blob([await withPageFonts(text)], { type: 'image/svg+xml' });
}

/** The panel as a self-contained SVG: its chart with title, qualifiers, sources and date. */
export const panelSvg = (panel: PanelExport): string => panelFigure(panel).svg;

/** The same figure as a PNG, twice the size on screen, its words in the file too. */
export async function panelPng(panel: PanelExport): Promise<Blob> {
  const { svg, text } = panelFigure(panel);
  return withPngText(await svgToPng(svg, 2), figurePngText(text));
}

/** The words of an exported SVG, its title and description, for a PNG made from it. */
export function svgPngText(svg: string): PngText {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const words = (selector: string) => doc.querySelector(selector)?.textContent ?? undefined;
  return { Title: words('svg > title') ?? '', Description: words('svg > desc') };
}

/** Any exported SVG (the map's) on a 1,920×1,080 slide. */
export async function svgSlide(svg: string): Promise<Blob> {
  return withPngText(await svgToSlidePng(svg, colour('--surface', '#ffffff')), svgPngText(svg));
}

/** The same figure on a 1,920×1,080 slide. */
export async function panelSlidePng(panel: PanelExport): Promise<Blob> {
  const { svg, text } = panelFigure(panel);
  return withPngText(await svgToSlidePng(svg, colour('--surface', '#ffffff')), figurePngText(text));
}

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
