import { csvCell } from '../../lib/csv';
import type { FigureColours } from '../../lib/export-svg';
import { formatDate } from '../../lib/format';
import type { TimelineRow } from './timeline-rows';

/** The events as CSV: date, what happened, where, and the source to check it. */
export function timelineCsv(rows: readonly TimelineRow[], datasetLabel: string): string {
  const header = 'event_id,date,event,place,source_title,source_publisher,source_url,note,dataset';
  const lines = rows.map((r) =>
    [
      r.id,
      r.date,
      r.title,
      r.place?.text,
      r.source.title,
      r.source.publisher,
      r.source.url,
      r.note,
      datasetLabel,
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

const SVG = 'http://www.w3.org/2000/svg';
const LINE = 22;

/** The events as a drawing for export: one line each, date first, source at the end. */
export function timelineFigure(
  rows: readonly TimelineRow[],
  colours: FigureColours,
  width = 760,
): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const height = rows.length * LINE + 8;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  rows.forEach((row, i) => {
    const y = 16 + i * LINE;
    const date = document.createElementNS(SVG, 'text');
    date.setAttribute('x', '0');
    date.setAttribute('y', String(y));
    date.setAttribute('font-size', '13');
    date.setAttribute('font-weight', '700');
    date.setAttribute('fill', colours.text);
    date.textContent = formatDate(row.date, 'short');
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', '100');
    text.setAttribute('y', String(y));
    text.setAttribute('font-size', '13');
    text.setAttribute('fill', colours.text);
    text.textContent = `${row.title} (${row.source.publisher})`;
    svg.append(date, text);
  });
  return svg;
}
