import { formatDate } from '../lib/format';
import { endOfDay } from '../lib/time-scale';
import { useDrawnAsOf } from '../store';
import { useChartScales } from './chart-scales';

/**
 * The "known as of" date as a rule across the plot, named: claims made after it are not drawn,
 * so the chart (and any image made of it) shows where the reader's view of the record ends.
 */
export function AsOfRule() {
  const asOf = useDrawnAsOf();
  const scales = useChartScales();
  if (asOf === null || scales === undefined) return null;
  const at = scales.x(endOfDay(asOf));
  if (at === undefined) return null;
  const { plot } = scales;
  return (
    <g className="as-of-rule" data-as-of={asOf}>
      <line
        x1={at}
        x2={at}
        y1={plot.y}
        y2={plot.y + plot.height}
        stroke="currentColor"
        strokeWidth={1.5}
        strokeDasharray="2 3"
      />
      <text x={at - 5} y={plot.y + plot.height - 8} textAnchor="end" className="chart-annotation">
        Known as of {formatDate(asOf, 'short')}
      </text>
    </g>
  );
}
