import { fontStack, inlineFontFaces } from '../i18n/fonts';
import { pageLocale } from '../i18n/locale';
import { t } from '../i18n/messages';
import type { Qualifier } from '../dataset/schema';
import { claimDateText, type Dated } from '../dataset/dates';
import { exportRecencyText } from './recency';

/** Everything a figure needs to stand alone on a slide. */
export interface FigureText {
  title: string;
  subtitle: string;
  notes: string;
  sourceLine: string;
  /** The newest claim shown, for its date and how old it is on the day of the export. */
  newest: Dated | undefined;
  /** The day the export is made, YYYY-MM-DD. */
  madeOn: string;
  /** The link that reproduces the view. */
  url: string;
  /** Set when the figures come from a researcher's own file, not the published dataset. */
  customLabel: string | undefined;
  /** The release of the dataset shown, and a newer one when there is one. */
  release?: { id: string; newer: string | undefined };
  qualifiers: readonly Qualifier[];
  /** The chart's key of claimants: each mark's swatch and whose claims it stands for. */
  series: KeyItem[];
  /** How to read the marks, each qualifier and confidence level drawn as the chart draws it. */
  legend?: KeyItem[];
  /** What the view shows besides everything: the measure, the confidence, the "known as of" date. */
  view?: string;
  /** Set when the chart marks the report's figures with an R. */
  reportNote: string | undefined;
  sources: { title: string; publisher: string; url: string }[];
}

/** A drawn sample and its words, for a key. */
export interface KeyItem {
  swatch: SVGSVGElement;
  label: string;
}

export interface FigureColours {
  background: string;
  text: string;
  muted: string;
}

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'paint-order',
  'stroke-linejoin',
  'stroke-linecap',
] as const;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 24;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Greedy word wrap by an estimate of glyph width: no fonts are measured or loaded. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A copy of a drawn chart whose colours and fonts no longer depend on the page's stylesheets. */
export function standaloneChart(chart: SVGSVGElement): SVGSVGElement {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    for (const property of STYLE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value !== '') target.setAttribute(property, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
    if (style.display === 'none') target.setAttribute('display', 'none');
  });
  for (const node of copy.querySelectorAll('foreignObject, script, a'))
    node.replaceWith(...node.childNodes);
  return copy;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Several charts of one figure (small multiples) stacked into one drawing, each under its
 * heading, with the page's styles already resolved.
 */
export function stackCharts(
  parts: readonly { heading: string; chart: SVGSVGElement }[],
  colour: string,
): SVGSVGElement {
  const stack = document.createElementNS(SVG_NS, 'svg');
  let y = 0;
  let width = 0;
  for (const { heading, chart } of parts) {
    const w = Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width;
    const h = Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height;
    if (heading) {
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('x', '0');
      text.setAttribute('y', String(y + 16));
      text.setAttribute('font-size', '15');
      text.setAttribute('font-weight', '700');
      text.setAttribute('fill', colour);
      text.textContent = heading;
      stack.append(text);
      y += 24;
    }
    const copy = standaloneChart(chart);
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(y));
    copy.setAttribute('width', String(w));
    copy.setAttribute('height', String(h));
    stack.append(copy);
    y += h + 12;
    width = Math.max(width, w);
  }
  stack.setAttribute('width', String(Math.ceil(width)));
  stack.setAttribute('height', String(Math.ceil(y)));
  return stack;
}

interface Block {
  lines: string[];
  size: number;
  weight?: number;
  colour: 'text' | 'muted' | 'warning';
}

/**
 * Composes a self-contained SVG: title, subtitle, the chart, how to read its qualifiers, notes,
 * sources, the as-of date and the link, with the sources also in its metadata. No external fonts,
 * images or stylesheets.
 */
export function composeFigureSvg(
  chart: SVGSVGElement | null,
  text: FigureText,
  colours: FigureColours,
): string {
  const chartWidth = chart
    ? Number(chart.getAttribute('width')) || chart.getBoundingClientRect().width || 640
    : 0;
  const chartHeight = chart
    ? Number(chart.getAttribute('height')) || chart.getBoundingClientRect().height || 360
    : 0;
  const width = Math.max(640, Math.ceil(chartWidth) + 2 * PAD);
  const inner = width - 2 * PAD;
  const key = text.qualifiers.map((q) => t(`export.key.${q}`)).join(' · ');

  const top: Block[] = [];
  if (text.customLabel)
    top.push({
      lines: wrapText(t('export.custom', { label: text.customLabel }), inner, 14),
      size: 14,
      weight: 700,
      colour: 'warning',
    });
  if (text.release?.newer)
    top.push({
      lines: wrapText(
        t('export.releaseNewer', { id: text.release.id, newer: text.release.newer }),
        inner,
        14,
      ),
      size: 14,
      weight: 700,
      colour: 'warning',
    });
  top.push({ lines: wrapText(text.title, inner, 22), size: 22, weight: 700, colour: 'text' });
  if (text.subtitle)
    top.push({ lines: wrapText(text.subtitle, inner, 15), size: 15, colour: 'muted' });
  if (text.view)
    top.push({ lines: wrapText(text.view, inner, 14), size: 14, weight: 700, colour: 'text' });

  const bottom: Block[] = [];
  // Without a drawn key, the qualifiers in words.
  if (key && !text.legend?.length)
    bottom.push({
      lines: wrapText(t('export.howToRead', { key }), inner, 13),
      size: 13,
      colour: 'muted',
    });
  if (text.reportNote)
    bottom.push({ lines: wrapText(text.reportNote, inner, 13), size: 13, colour: 'muted' });
  if (text.notes)
    bottom.push({ lines: wrapText(text.notes, inner, 13), size: 13, colour: 'muted' });
  bottom.push({ lines: wrapText(text.sourceLine, inner, 13), size: 13, colour: 'text' });
  bottom.push({
    lines: wrapText(
      `${exportRecencyText(text.newest, text.madeOn).replace(/\.$/, '')}${text.release ? ` · ${t('export.releaseShort', { id: text.release.id })}` : ''} · ${text.url}`,
      inner,
      12,
    ),
    size: 12,
    colour: 'muted',
  });

  const fill = (c: Block['colour']) =>
    c === 'warning' ? '#b3261e' : c === 'text' ? colours.text : colours.muted;
  let y = PAD;
  const draw = (blocks: Block[]) =>
    blocks
      .map((b) => {
        const out = b.lines
          .map((line) => {
            y += b.size * 1.3;
            return `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${b.size}" font-weight="${b.weight ?? 400}" fill="${fill(b.colour)}">${escapeXml(line)}</text>`;
          })
          .join('');
        y += 6;
        return out;
      })
      .join('');

  const header = draw(top);
  y += 8;
  let chartMarkup = '';
  if (chart) {
    const copy = standaloneChart(chart);
    copy.setAttribute('x', String(PAD));
    copy.setAttribute('y', y.toFixed(1));
    copy.setAttribute('width', String(chartWidth));
    copy.setAttribute('height', String(chartHeight));
    chartMarkup = new XMLSerializer().serializeToString(copy);
    y += chartHeight + 12;
  }
  // The keys, drawn: each sample as the chart draws it, its words beside it, wrapped in rows.
  const drawKey = (items: readonly KeyItem[], size: number, colour: string) => {
    if (items.length === 0) return '';
    let markup = '';
    let x = PAD;
    let rowHeight = 0;
    y += 4;
    for (const { swatch, label } of items) {
      const sw = Number(swatch.getAttribute('width')) || 16;
      const sh = Number(swatch.getAttribute('height')) || 16;
      const width = sw + 6 + label.length * size * 0.56 + 16;
      if (x + width > PAD + inner && x > PAD) {
        x = PAD;
        y += Math.max(rowHeight, 22);
        rowHeight = 0;
      }
      const copy = standaloneChart(swatch);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', y.toFixed(1));
      markup += new XMLSerializer().serializeToString(copy);
      markup += `<text x="${x + sw + 6}" y="${(y + sh / 2 + size * 0.35).toFixed(1)}" font-size="${size}" fill="${colour}">${escapeXml(label)}</text>`;
      x += width;
      rowHeight = Math.max(rowHeight, sh + 4);
    }
    y += Math.max(rowHeight, 22) + 4;
    return markup;
  };
  const seriesMarkup =
    drawKey(text.series, 13, colours.text) + drawKey(text.legend ?? [], 12, colours.muted);
  const footer = draw(bottom);
  const height = Math.ceil(y + PAD - 6);

  const sourcesMeta = text.sources
    .map((s) => `<dc:source>${escapeXml(s.url)}</dc:source>`)
    .join('');
  const sourcesDesc = text.sources.map((s) => `${s.publisher}: ${s.title} (${s.url})`).join('; ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<desc>${escapeXml(`${text.subtitle} ${exportRecencyText(text.newest, text.madeOn)} ${t('export.sources')} ${sourcesDesc}`)}</desc>`,
    `<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="${escapeXml(text.url)}"><dc:title>${escapeXml(text.title)}</dc:title><dc:date>${escapeXml(text.madeOn)}</dc:date>${text.newest ? `<dc:coverage>${escapeXml(claimDateText(text.newest))}</dc:coverage>` : ''}${sourcesMeta}</rdf:Description></rdf:RDF></metadata>`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
    header,
    chartMarkup,
    seriesMarkup,
    footer,
    '</svg>',
  ].join('');
}

/**
 * The SVG with the page's language's fonts inlined, since an SVG drawn as an image cannot reach
 * the page's: without them Cyrillic or Hangul would fall to whatever the machine has, or to boxes.
 */
export async function withPageFonts(svg: string): Promise<string> {
  const locale = pageLocale();
  if (locale === 'en') return svg;
  try {
    const css = await inlineFontFaces(locale);
    return svg
      .replace(
        `font-family="${escapeXml(FONT)}"`,
        `font-family="${escapeXml(fontStack(locale, FONT))}"`,
      )
      .replace(/^<svg[^>]*>/, (open) => `${open}<style>${css}</style>`);
  } catch (error) {
    console.error('The fonts could not be added to the image; it uses the system fonts.', error);
    return svg;
  }
}

/** An SVG loaded as an image, to draw onto a canvas; its size read from the SVG itself. */
async function svgImage(original: string) {
  const svg = await withPageFonts(original);
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 640);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 480);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the figure could not be drawn as an image'));
      image.src = url;
    });
    return { image, width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws on a canvas of the given size and encodes it as PNG. */
function paintPng(
  width: number,
  height: number,
  paint: (context: CanvasRenderingContext2D) => void,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width);
  canvas.height = Math.round(height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images');
  paint(context);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))),
      'image/png',
    ),
  );
}

/** Draws an SVG onto a canvas at a scale (2 for crisp text) and returns it as a PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { image, width, height } = await svgImage(svg);
  return paintPng(width * scale, height * scale, (context) => {
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
  });
}

/** A slide's size, in pixels: full HD at 16:9. */
export const SLIDE = { width: 1920, height: 1080 } as const;

/**
 * The figure as a 1,920×1,080 slide: scaled to fill the slide as far as it fits whole, centred
 * on the figure's own background, so that nothing of it is cut off.
 */
export async function svgToSlidePng(svg: string, background: string): Promise<Blob> {
  const { image, width, height } = await svgImage(svg);
  const margin = 40;
  const scale = Math.min((SLIDE.width - 2 * margin) / width, (SLIDE.height - 2 * margin) / height);
  return paintPng(SLIDE.width, SLIDE.height, (context) => {
    context.fillStyle = background;
    context.fillRect(0, 0, SLIDE.width, SLIDE.height);
    const w = width * scale;
    const h = height * scale;
    context.drawImage(image, (SLIDE.width - w) / 2, (SLIDE.height - h) / 2, w, h);
  });
}
