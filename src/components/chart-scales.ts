import { createContext, useContext } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartSpec, PlotBox } from './chart-spec';

/** Data value to pixels; undefined when the value cannot be placed. */
export type Scale = (value: number) => number | undefined;

export interface ChartScales {
  x: Scale;
  y: Scale;
  plot: PlotBox;
}

/** A linear map from a domain to a range of pixels, as recharts' number axes with a fixed domain. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: [number, number],
): Scale {
  return (value) =>
    Number.isFinite(value) && d1 !== d0 ? r0 + ((value - d0) / (d1 - d0)) * (r1 - r0) : undefined;
}

/** The scales of a spec's axes over a plot area, as recharts places its number axes. */
export function specScales(spec: ChartSpec, plot: PlotBox): ChartScales {
  const { x, y } = spec;
  const across: [number, number] = [plot.x, plot.x + plot.width];
  const down: [number, number] = [plot.y, plot.y + plot.height];
  return {
    x: linearScale(x.domain, x.reversed ? [across[1], across[0]] : across),
    y: linearScale(y.domain, y.reversed ? down : [down[1], down[0]]),
    plot,
  };
}

/** The scales of a chart drawn without recharts (server HTML and its hydration). */
export const StaticScalesContext = createContext<ChartScales | null>(null);

/**
 * The scales and plot area a layer draws with: the static drawing's when there is one, otherwise
 * the live recharts chart's. Undefined until recharts has measured its chart.
 */
export function useChartScales(): ChartScales | undefined {
  const fixed = useContext(StaticScalesContext);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (fixed !== null) return fixed;
  if (x === undefined || y === undefined || plot === undefined) return undefined;
  return { x, y, plot };
}
