import { useContext, useMemo, type ReactNode } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { AxisScaleContext } from './axis-scale';
import { specScales, type Scale } from './chart-scales';
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

interface PlotOffset {
  offset: { left: number; top: number; width: number; height: number };
}

/**
 * Where the grid's lines go: at every tick of the spec, as the static drawing puts them. Left
 * to recharts, placing them measures each tick label in the page, which makes the browser lay out
 * the whole page again for every label: seconds on a dashboard of thousands of marks.
 */
function gridLines(spec: ChartSpec, axis: 'x' | 'y') {
  return ({ offset }: PlotOffset) => {
    const plot = { x: offset.left, y: offset.top, width: offset.width, height: offset.height };
    const at: Scale = specScales(spec, plot)[axis];
    return (spec[axis].ticks ?? []).flatMap((tick) => at(tick) ?? []);
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
  const scale = useContext(AxisScaleContext);
  // Made once per spec: recharts keeps its scales while its props stay the same.
  const parts = useMemo(
    () => ({
      x: axisProps(spec.x),
      y: axisProps(spec.y),
      // The room above the plot holds the unit's label, which grows with the axes' type.
      margin: { ...spec.margin, top: Math.round(spec.margin.top * scale) },
      rows: gridLines(spec, 'y'),
      columns: gridLines(spec, 'x'),
    }),
    [spec, scale],
  );
  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      initialDimension={{ width: PRERENDER_WIDTH, height }}
    >
      <ComposedChart margin={parts.margin} accessibilityLayer={false}>
        {defs}
        <CartesianGrid
          horizontal={spec.grid === 'horizontal'}
          vertical={spec.grid === 'vertical'}
          stroke="var(--chart-grid)"
          horizontalCoordinatesGenerator={parts.rows}
          verticalCoordinatesGenerator={parts.columns}
        />
        <XAxis {...parts.x} height={Math.round(spec.x.size * scale)} />
        <YAxis {...parts.y} width={Math.round(spec.y.size * scale)} />
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
