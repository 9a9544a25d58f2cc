import type { ReactNode } from 'react';
import { ComposedChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatAxisValue } from '../lib/axis-format';
import { BarLayer, type BarMarkRow } from './bar-layer';
import { BoundDefs } from './bound-defs';
import { useChartContext } from './chart-context';
import { PRERENDER_WIDTH } from './prerender-size';

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
const AXIS_TICK = { fontSize: 12, fill: 'var(--chart-axis)' };

/** Figures as horizontal bars from zero on a scale of their own, one claim per row. */
export function ClaimBarChart({ rows, valueTop, valueTicks, money, children }: ClaimBarChartProps) {
  const { defsId } = useChartContext();
  const height = rows.length * ROW_HEIGHT + AXIS_HEIGHT + 8;
  return (
    <div className="claim-chart" style={{ height }}>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: PRERENDER_WIDTH, height }}
      >
        <ComposedChart
          data={rows.map((row, i) => ({ ...row, row: i + 0.5 }))}
          margin={{ top: 8, right: 20, bottom: 0, left: 6 }}
          accessibilityLayer={false}
        >
          <BoundDefs defsId={defsId} />
          <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
          <XAxis
            type="number"
            dataKey="value"
            domain={[0, valueTop]}
            ticks={valueTicks}
            allowDataOverflow
            tickFormatter={(v: number) => formatAxisValue(v, money)}
            tick={AXIS_TICK}
            stroke="var(--chart-axis)"
            height={AXIS_HEIGHT}
            interval={0}
          />
          <YAxis type="number" dataKey="row" domain={[0, rows.length]} reversed hide />
          {children}
          <BarLayer rows={rows} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
