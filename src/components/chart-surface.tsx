import type { ReactNode } from 'react';
import { BoundDefs } from './bound-defs';
import { useChartContext } from './chart-context';
import type { ChartSpec } from './chart-spec';
import { LiveChart } from './live-chart';
import { PRERENDER_WIDTH, PRERENDER_WIDTHS } from './prerender-size';
import { StaticChart } from './static-chart';
import { useHydrated } from './use-hydrated';

/**
 * Where a chart's layers are drawn: static SVGs in server HTML and while the page hydrates (the
 * same size, axes and marks, at each of the prerender widths, of which the one that fits is
 * shown), then the live recharts chart. The height at a width is the same for both, so nothing
 * below the chart moves: a number, or a rule of the width that the chart's box also follows.
 */
export function ChartSurface({
  spec,
  height,
  children,
}: {
  spec: ChartSpec;
  height: number | ((width: number) => number);
  /** The layers, each reading its scales with useChartScales. */
  children: ReactNode;
}) {
  const live = useHydrated();
  const { defsId } = useChartContext();
  const defs = <BoundDefs defsId={defsId} />;
  const heightAt = typeof height === 'number' ? () => height : height;
  if (live)
    return (
      <LiveChart spec={spec} height={heightAt(PRERENDER_WIDTH)} defs={defs}>
        {children}
      </LiveChart>
    );
  return (
    <>
      {/* One set of definitions for every drawing, in an SVG that is never hidden: masks in a
          hidden SVG would not apply. */}
      <svg className="claim-chart__defs" width={0} height={0} aria-hidden="true">
        {defs}
      </svg>
      {PRERENDER_WIDTHS.map((width) => (
        <StaticChart key={width} spec={spec} width={width} height={heightAt(width)}>
          {children}
        </StaticChart>
      ))}
    </>
  );
}
