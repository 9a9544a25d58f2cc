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
        const inside = end + 70 > plot.x + plot.width;
        // The report's badge leads the row's label, clear of the bar and its figure.
        const indent = row.inReport ? 18 : 0;
        return (
          <g key={row.claimId}>
            <text x={plot.x + indent} y={cross - 17} className="bar-row-label">
              <FittedText text={row.label} width={plot.width - indent} />
            </text>
            <text x={plot.x} y={cross - 2} className="chart-annotation chart-annotation--muted">
              <FittedText text={row.sublabel} width={plot.width} />
            </text>
            <ClaimMark
              row={row}
              geometry={geometry}
              badge={{ x: plot.x, y: cross - 27 }}
              label={{
                x: inside ? Math.min(value, plot.x + plot.width) - 6 : end + 6,
                y: barCentre,
                anchor: inside ? 'end' : 'start',
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
