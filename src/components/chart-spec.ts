/** One axis of a chart, as both the live recharts chart and the static drawing use it. */
export interface AxisSpec {
  dataKey: string;
  domain: [number, number];
  ticks?: readonly number[];
  format?: (value: number) => string;
  /** Room the axis takes: the height of an x axis, the width of a y axis. A hidden axis takes none. */
  size: number;
  hide?: boolean;
  reversed?: boolean;
  /** How recharts thins ticks that would overlap; the static drawing shows every tick. */
  interval?: 'preserveStartEnd' | 0;
  minTickGap?: number;
}

export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Everything that places marks in a chart: its margins, axes and grid. Layers bring the marks. */
export interface ChartSpec {
  margin: ChartMargin;
  x: AxisSpec;
  y: AxisSpec;
  /** Grid lines across the plot: at the y ticks (horizontal) or at the x ticks (vertical). */
  grid: 'horizontal' | 'vertical';
}

export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plot area recharts computes for a chart of this size: margins, then room for the axes. */
export function plotBox(spec: ChartSpec, width: number, height: number): PlotBox {
  const { margin, x, y } = spec;
  const left = margin.left + (y.hide ? 0 : y.size);
  const bottom = margin.bottom + (x.hide ? 0 : x.size);
  return {
    x: left,
    y: margin.top,
    width: width - left - margin.right,
    height: height - margin.top - bottom,
  };
}
