import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { AxisSpec, ChartSpec } from './chart-spec';
import { PRERENDER_WIDTH } from './prerender-size';

const AXIS_TICK = { fontSize: 12, fill: 'var(--chart-axis)' };

/** Props recharts' axes share, from the spec the static drawing also uses. */
function axisProps(axis: AxisSpec) {
  return {
    type: 'number' as const,
    dataKey: axis.dataKey,
    domain: axis.domain,
    ticks: axis.ticks as number[] | undefined,
    allowDataOverflow: true,
    reversed: axis.reversed,
    hide: axis.hide,
    tickFormatter: axis.format && ((value: number) => axis.format!(value)),
    tick: AXIS_TICK,
    stroke: 'var(--chart-axis)',
    interval: axis.interval,
    minTickGap: axis.minTickGap,
  };
}

/** The interactive recharts chart, measured to its container. */
export function LiveChart({
  spec,
  height,
  defs,
  children,
}: {
  spec: ChartSpec;
  height: number;
  defs: ReactNode;
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      initialDimension={{ width: PRERENDER_WIDTH, height }}
    >
      <ComposedChart data={spec.data as object[]} margin={spec.margin} accessibilityLayer={false}>
        {defs}
        <CartesianGrid
          horizontal={spec.grid === 'horizontal'}
          vertical={spec.grid === 'vertical'}
          stroke="var(--chart-grid)"
        />
        <XAxis {...axisProps(spec.x)} height={spec.x.size} />
        <YAxis {...axisProps(spec.y)} width={spec.y.size} />
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
