import { barGeometry } from '../lib/bound-geometry';
import type { MarkRow } from '../lib/chart-rows';
import { fitText } from '../lib/fit-text';
import { useChartScales } from './chart-scales';
import { ClaimMark } from './claim-mark';

/** A claim drawn as one bar of a horizontal bar figure, with a line of text naming it. */
export interface BarMarkRow extends MarkRow {
  /** What the row is, above its bar: "Oil delivered, Mar 2024 to Nov 2024". */
  label: string;
  /** Who says so, in a second, quieter line: "Open Source Centre, via Voz". */
  sublabel: string;
}

/** Text fitted to a width; when shortened, the whole text is its tooltip. */
function FittedText({ text, width }: { text: string; width: number }) {
  const fitted = fitText(text, width);
  return fitted === text ? (
    text
  ) : (
    <>
      {fitted}
      <title>{text}</title>
    </>
  );
}

/** Row i sits at y = i + 0.5 on a numeric axis from 0 to the number of rows. */
const rowCentre = (i: number) => i + 0.5;
const BAR_THICKNESS = 16;
/** About how wide a character of a figure's bold 12px label is. */
const FIGURE_CHAR = 7.2;
const GAP = 6;

/** Draws bar rows with their bound encoding and a text label, in the live or the static chart. */
export function BarLayer({ rows }: { rows: readonly BarMarkRow[] }) {
  const scales = useChartScales();
  if (scales === undefined) return null;
  const { x, y, plot } = scales;
  const zero = x(0) ?? plot.x;
  return (
    <g className="bar-layer">
      {rows.map((row, i) => {
        const value = x(row.value);
        const cross = y(rowCentre(i));
        if (value === undefined || cross === undefined) return null;
        const low = row.low === undefined ? undefined : x(row.low);
        const barCentre = cross + 14;
        const geometry = barGeometry(
          row.qualifier,
          { orientation: 'right', zero, value, low, cross: barCentre },
          BAR_THICKNESS,
        );
        const end = geometry.box.x + geometry.box.width;
        const right = plot.x + plot.width;
        // The figure goes after the bar where it fits; else before a range's low end; else on
        // the line above the bar, ending where the bar ends, with the outlet's line cut short.
        const width = row.short.length * FIGURE_CHAR + GAP;
        const place =
          end + width <= right
            ? 'after'
            : low !== undefined && geometry.box.x - zero >= width + GAP
              ? 'before'
              : 'above';
        const labelEnd = Math.min(end, right);
        // The report's badge leads the row's label, clear of the bar and its figure.
        const indent = row.inReport ? 18 : 0;
        const sublabelWidth = place === 'above' ? labelEnd - plot.x - width - GAP : plot.width;
        return (
          <g key={row.claimId}>
            <text x={plot.x + indent} y={cross - 17} className="bar-row-label">
              <FittedText text={row.label} width={plot.width - indent} />
            </text>
            <text x={plot.x} y={cross - 2} className="chart-annotation chart-annotation--muted">
              <FittedText text={row.sublabel} width={sublabelWidth} />
            </text>
            <ClaimMark
              row={row}
              geometry={geometry}
              badge={{ x: plot.x, y: cross - 27 }}
              label={{
                x:
                  place === 'after'
                    ? end + GAP
                    : place === 'before'
                      ? geometry.box.x - GAP
                      : labelEnd,
                y: place === 'above' ? cross - 6 : barCentre,
                anchor: place === 'after' ? 'start' : 'end',
                text: row.short,
                always: true,
              }}
            />
          </g>
        );
      })}
    </g>
  );
}
