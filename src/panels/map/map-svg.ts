import type { Position } from 'geojson';
import { escapeXml, wrapText } from '../../lib/export-svg';
import type { Basemap } from './basemap';
import { project, type LonLat, type MapViewState } from './geo';
import { railLine } from './geography';
import type { ExportColours, ExportText, MapDrawing } from './map-export';
import { t } from './map-messages';
import { viewTitle, type ViewRect } from './map-layout';
import { EVEN_ODD, SYMBOL_PATHS } from './map-symbols';
import { symbolColor, type MapPalette } from './map-theme';
import { frameRings, type PlacedLabel } from './view-labels';

export interface SvgInput extends MapDrawing {
  basemap: Basemap | undefined;
  text: ExportText;
  colours: ExportColours;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 20;
const n = (v: number) => (Math.round(v * 10) / 10).toString();
/** Ground metres a screen pixel covers at a view's centre. */
const metresPerPixel = (view: MapViewState) =>
  (40_075_016.686 * Math.cos((view.latitude * Math.PI) / 180)) / (512 * 2 ** view.zoom);

/**
 * A line or ring on a view as SVG path data. Points closer than a pixel to the last one kept are
 * dropped, and far off the view much more so, except around where the line enters it: a whole
 * country stays a few hundred points however large it is.
 */
export function pathData(
  points: Position[],
  view: MapViewState,
  rect: ViewRect,
  closed: boolean,
): string {
  const screen = points.map(([lon = 0, lat = 0]) => project([lon, lat], view, rect));
  const margin = 40;
  const near = ([x, y]: [number, number]) =>
    x > -margin && y > -margin && x < rect.width + margin && y < rect.height + margin;
  const kept: [number, number][] = [];
  screen.forEach((p, i) => {
    const last = kept[kept.length - 1];
    const edge = near(p) || near(screen[i - 1] ?? p) || near(screen[i + 1] ?? p);
    const step = last ? Math.hypot(p[0] - last[0], p[1] - last[1]) : Infinity;
    if (i === screen.length - 1 || step >= (edge ? 0.8 : 30)) kept.push(p);
  });
  if (kept.length < 2) return '';
  return `M${kept.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}${closed ? 'Z' : ''}`;
}

function viewSvg(input: SvgInput, rect: ViewRect): string {
  const { palette, basemap, places, flows, labels } = input;
  const view = input.views[rect.id];
  const clip = `clip-${rect.id}`;
  const line = (pts: Position[]) => pathData(pts, view, rect, false);
  const parts: string[] = [
    `<rect width="${rect.width}" height="${rect.height}" fill="${palette.ocean}"/>`,
  ];
  for (const country of basemap?.countries.features ?? []) {
    const g = country.geometry;
    const polygons =
      g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const d = polygons.flatMap((rings) => rings.map((r) => pathData(r, view, rect, true))).join('');
    if (d) parts.push(`<path d="${d}" fill="${palette.land}" fill-rule="evenodd"/>`);
  }
  const borders = basemap?.borders.geometry.coordinates.map(line).join('') ?? '';
  if (borders)
    parts.push(`<path d="${borders}" fill="none" stroke="${palette.border}" stroke-width="0.8"/>`);
  const river = basemap?.river?.geometry.coordinates.map(line).join('') ?? '';
  if (river)
    parts.push(
      `<path d="${river}" fill="none" stroke="${palette.river}" stroke-opacity="0.47" stroke-width="${n(Math.max(2, 2500 / metresPerPixel(view)))}" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  const rail = railLine(places);
  if (rail)
    parts.push(`<path d="${line(rail)}" fill="none" stroke="${palette.rail}" stroke-width="2.5"/>`);
  for (const flow of flows) {
    const opacity = flow.known ? (flow.orientation ? 0.6 : 0.95) : 0.25;
    parts.push(
      `<path d="${line(flow.path)}" fill="none" stroke="${palette.flows[flow.kind]}" stroke-opacity="${opacity}" stroke-width="${n(flow.orientation ? flow.width * 0.8 : flow.width)}" stroke-linecap="round"/>`,
    );
  }
  if (rect.id === 'overview')
    for (const frame of frameRings(input.layout, input.views))
      parts.push(
        `<path d="${pathData(frame.ring, view, rect, true)}" fill="none" stroke="${palette.frame}" stroke-width="1.5"/>`,
      );
  for (const place of places) {
    const [x, y] = project(place.position as LonLat, view, rect);
    if (x < -20 || y < -20 || x > rect.width + 20 || y > rect.height + 20) continue;
    const rule = EVEN_ODD.has(place.symbol) ? 'evenodd' : 'nonzero';
    parts.push(
      `<path transform="translate(${n(x - 7.5)} ${n(y - 7.5)}) scale(0.625)" d="${SYMBOL_PATHS[place.symbol]}" fill="${symbolColor(palette, place.symbol)}" fill-rule="${rule}" fill-opacity="${place.known ? 1 : 0.25}" stroke="${palette.halo}" stroke-width="2.5" paint-order="stroke"/>`,
    );
  }
  for (const label of labels.filter((l) => l.view === rect.id))
    parts.push(labelSvg(label, rect, palette));
  return `<g transform="translate(${rect.x} ${rect.y})"><clipPath id="${clip}"><rect width="${rect.width}" height="${rect.height}"/></clipPath><g clip-path="url(#${clip})">${parts.join('')}</g></g>`;
}

function labelSvg(label: PlacedLabel, rect: ViewRect, palette: MapPalette): string {
  const lines = label.text.split('\n');
  const size = label.size;
  const anchor = { start: 'start', middle: 'middle', end: 'end' }[label.textAnchor];
  const x = label.anchor[0] - rect.x + label.pixelOffset[0];
  const height = lines.length * size * 1.2;
  const baseY = label.anchor[1] - rect.y + label.pixelOffset[1];
  const top =
    label.alignmentBaseline === 'top'
      ? baseY
      : label.alignmentBaseline === 'bottom'
        ? baseY - height
        : baseY - height / 2;
  const colour =
    label.kind === 'country'
      ? palette.countryLabel
      : label.kind === 'frame'
        ? palette.frame
        : palette.ink;
  const tspans = lines
    .map((l, i) => `<tspan x="${n(x)}" y="${n(top + size * (i + 0.95))}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<text font-family="${FONT}" font-size="${size}" font-weight="600" text-anchor="${anchor}" fill="${colour}" fill-opacity="${label.faded ? 0.5 : 1}" stroke="${palette.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke" data-label="${escapeXml(label.id)}">${tspans}</text>`;
}

/** The map as a self-contained SVG: each view drawn as vectors in its frame, then the key and text. */
export function mapSvgDocument(input: SvgInput): string {
  const { size, layout, text, colours } = input;
  const width = size.width + 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const write = (
    content: string,
    fontSize: number,
    colour: string,
    weight = 400,
    step = fontSize * 1.35,
  ) => {
    for (const line of wrapText(content, size.width, fontSize)) {
      out.push(
        `<text x="${PAD}" y="${n(y + fontSize)}" font-family="${FONT}" font-size="${fontSize}" font-weight="${weight}" fill="${colour}">${escapeXml(line)}</text>`,
      );
      y += step;
    }
  };
  for (const warning of text.warnings ?? []) write(warning, 14, '#b3261e', 700);
  write(text.title, 20, colours.text, 700);
  write(text.subtitle, 14, colours.muted);
  y += 8;
  out.push(`<g transform="translate(${PAD} ${n(y)})">`);
  for (const rect of layout.views) out.push(viewSvg(input, rect));
  for (const rect of layout.views)
    out.push(
      `<rect x="${rect.x + 0.5}" y="${rect.y + 0.5}" width="${rect.width - 1}" height="${rect.height - 1}" fill="none" stroke="${colours.frame}"/><text x="${rect.x + 6}" y="${rect.y + 15}" font-family="${FONT}" font-size="12" font-weight="600" fill="${colours.text}" stroke="${colours.page}" stroke-width="4" paint-order="stroke">${escapeXml(viewTitle(rect.id))}</text>`,
    );
  out.push('</g>');
  y += size.height + 12;
  for (const item of text.legend) {
    const swatch = item.path
      ? `<path transform="translate(${PAD} ${n(y - 1)}) scale(0.6)" d="${item.path}" fill="${item.color}" fill-rule="${item.evenOdd ? 'evenodd' : 'nonzero'}"/>`
      : `<rect x="${PAD}" y="${n(y + 5)}" width="14" height="4" fill="${item.color}"/>`;
    out.push(
      `${swatch}<text x="${PAD + 22}" y="${n(y + 12)}" font-family="${FONT}" font-size="13" fill="${colours.text}">${escapeXml(item.label)}</text>`,
    );
    y += 19;
  }
  y += 6;
  if (text.figures.length) {
    write(t('map.figuresHeading'), 13, colours.text, 700);
    for (const figure of text.figures) write(figure, 12, colours.text);
  }
  for (const note of [...text.notes, text.sourceLine, text.asOf, text.link])
    write(note, 12, colours.muted);
  const height = Math.ceil(y + PAD);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${escapeXml(text.title)}</title><desc>${escapeXml([...(text.warnings ?? []), text.subtitle, ...text.notes, text.sourceLine, text.asOf, text.link].join(' '))}</desc><rect width="100%" height="100%" fill="${colours.page}"/>${out.join('')}</svg>`;
}
