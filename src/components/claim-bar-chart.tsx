import type { ReactNode } from 'react';
import { formatAxisValue } from '../lib/axis-format';
import { BarLayer, type BarMarkRow } from './bar-layer';
import type { ChartSpec } from './chart-spec';
import { ChartSurface } from './chart-surface';

interface ClaimBarChartProps {
  rows: readonly BarMarkRow[];
  valueTop: number;
  valueTicks: number[];
  money?: boolean;
  /** Layers drawn under the bars (reference lines, segments). */
  children?: ReactNode;
}

/** Pixels per row: a line of text and a bar. */
const ROW_HEIGHT = 70;
const AXIS_HEIGHT = 28;

/** Figures as horizontal bars from zero on a scale of their own, one claim per row. */
export function ClaimBarChart({ rows, valueTop, valueTicks, money, children }: ClaimBarChartProps) {
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT + 8;
  const spec: ChartSpec = {
    data: rows.map((row, i) => ({ ...row, row: i + 0.5 })),
    margin: { top: 8, right: 20, bottom: 0, left: 6 },
    grid: 'vertical',
    x: {
      dataKey: 'value',
      domain: [0, valueTop],
      ticks: valueTicks,
      format: (v) => formatAxisValue(v, money),
      size: AXIS_HEIGHT,
      interval: 0,
    },
    y: { dataKey: 'row', domain: [0, rows.length], reversed: true, hide: true, size: 0 },
  };
  return (
    <div className="claim-chart" style={{ height }}>
      <ChartSurface spec={spec} height={height}>
        {children}
        <BarLayer rows={rows} />
      </ChartSurface>
    </div>
  );
}
