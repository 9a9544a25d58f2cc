import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatAxisValue } from '../lib/axis-format';
import { formatTimeTick } from '../lib/time-scale';
import { BoundDefs } from './bound-defs';
import { useChartContext } from './chart-context';
import { PRERENDER_WIDTH } from './prerender-size';
import { PointLayer, type TimeMarkRow } from './point-layer';

interface ClaimTimeChartProps {
  rows: readonly TimeMarkRow[];
  /** First and last moment of the time axis, UTC milliseconds. */
  timeDomain: [number, number];
  timeTicks: number[];
  /** Label ticks with years only (long spans). */
  yearsOnly?: boolean;
  valueTop: number;
  valueTicks: number[];
  /** What the value axis counts, shown above it: "troops", "railcars". */
  valueLabel: string;
  height?: number;
  labels?: 'all' | 'selected';
  /** Room above the plot for annotations. */
  topMargin?: number;
  /** Layers drawn under the claims: bands, events, annotations. */
  children?: ReactNode;
}

const AXIS_TICK = { fontSize: 12, fill: 'var(--chart-axis)' };

/** Claims over time: a time axis, a value axis from zero, and one mark per claim. */
export function ClaimTimeChart({
  rows,
  timeDomain,
  timeTicks,
  yearsOnly = false,
  valueTop,
  valueTicks,
  valueLabel,
  height = 320,
  labels,
  topMargin = 30,
  children,
}: ClaimTimeChartProps) {
  const { defsId, selectedId } = useChartContext();
  // Only the selection is raised: moving a mark in the DOM as the pointer enters it would make
  // the browser report the pointer leaving and entering again, and swallow clicks.
  const onTop = (id: string) => id === selectedId;
  return (
    <div className="claim-chart" style={{ height }}>
      <p className="claim-chart__unit" aria-hidden="true">
        {valueLabel}
      </p>
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: PRERENDER_WIDTH, height }}
      >
        <ComposedChart
          data={rows as TimeMarkRow[]}
          margin={{ top: topMargin, right: 14, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <BoundDefs defsId={defsId} />
          <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
          <XAxis
            type="number"
            dataKey="time"
            domain={timeDomain}
            ticks={timeTicks}
            allowDataOverflow
            tickFormatter={(t: number) => formatTimeTick(t, yearsOnly)}
            tick={AXIS_TICK}
            stroke="var(--chart-axis)"
            interval="preserveStartEnd"
            minTickGap={6}
          />
          <YAxis
            type="number"
            dataKey="value"
            domain={[0, valueTop]}
            ticks={valueTicks}
            allowDataOverflow
            tickFormatter={(v: number) => formatAxisValue(v)}
            tick={AXIS_TICK}
            stroke="var(--chart-axis)"
            width={48}
          />
          {children}
          <PointLayer rows={rows} onTop={onTop} labels={labels} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
