import type { ReactNode } from 'react';
import { BoundDefs } from './bound-defs';
import { useChartContext } from './chart-context';
import type { ChartSpec } from './chart-spec';
import { LiveChart } from './live-chart';
import { PRERENDER_WIDTH } from './prerender-size';
import { StaticChart } from './static-chart';
import { useHydrated } from './use-hydrated';

/**
 * Where a chart's layers are drawn: a static SVG in server HTML and while the page hydrates (the
 * same size, axes and marks), then the live recharts chart. The height never changes between
 * the two, so nothing below the chart moves.
 */
export function ChartSurface({
  spec,
  height,
  children,
}: {
  spec: ChartSpec;
  height: number;
  /** The layers, each reading its scales with useChartScales. */
  children: ReactNode;
}) {
  const live = useHydrated();
  const { defsId } = useChartContext();
  const defs = <BoundDefs defsId={defsId} />;
  return live ? (
    <LiveChart spec={spec} height={height} defs={defs}>
      {children}
    </LiveChart>
  ) : (
    <StaticChart spec={spec} width={PRERENDER_WIDTH} height={height} defs={defs}>
      {children}
    </StaticChart>
  );
}
