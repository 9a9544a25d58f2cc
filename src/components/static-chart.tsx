import type { ReactNode } from 'react';
import { specScales, StaticScalesContext } from './chart-scales';
import { plotBox, type AxisSpec, type ChartSpec } from './chart-spec';

interface StaticChartProps {
  spec: ChartSpec;
  width: number;
  height: number;
  /** The chart's layers: the same components the live chart draws. */
  children: ReactNode;
}

/** As recharts draws axes: 6px tick lines, labels 2px beyond them, in the axis colour. */
const TICK = 6;
const GAP = 2;
const AXIS = 'var(--chart-axis)';
const LABEL = { fontSize: 12, fill: AXIS, stroke: 'none' };

function tickPositions({
  axis,
  at,
}: {
  axis: AxisSpec;
  at: (value: number) => number | undefined;
}) {
  return (axis.ticks ?? []).flatMap((value) => {
    const pos = at(value);
    return pos === undefined ? [] : [{ value, pos, text: axis.format?.(value) ?? String(value) }];
  });
}

/**
 * A chart drawn in plain SVG, without recharts: what the server sends and what hydration renders.
 * It has the live chart's size, margins, axes, ticks and grid, and draws the same layers, which
 * read its scales through useChartScales. The definitions its marks refer to are drawn once,
 * beside it. Without script it keeps to its width, and scales down below it.
 */
export function StaticChart({ spec, width, height, children }: StaticChartProps) {
  const plot = plotBox(spec, width, height);
  const scales = specScales(spec, plot);
  const xTicks = tickPositions({ axis: spec.x, at: scales.x });
  const yTicks = tickPositions({ axis: spec.y, at: scales.y });
  const bottom = plot.y + plot.height;
  return (
    <svg
      className={`claim-chart__static claim-chart__static--${width}`}
      data-width={width}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <g className="static-grid" stroke="var(--chart-grid)">
        {spec.grid === 'horizontal'
          ? yTicks.map((t) => (
              <line key={t.value} x1={plot.x} x2={plot.x + plot.width} y1={t.pos} y2={t.pos} />
            ))
          : xTicks.map((t) => <line key={t.value} x1={t.pos} x2={t.pos} y1={plot.y} y2={bottom} />)}
      </g>
      <StaticScalesContext.Provider value={scales}>{children}</StaticScalesContext.Provider>
      {!spec.x.hide && (
        <g className="static-axis static-axis--x" stroke={AXIS}>
          <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
          {xTicks.map((t) => (
            <g key={t.value}>
              <line x1={t.pos} x2={t.pos} y1={bottom} y2={bottom + TICK} />
              <text x={t.pos} y={bottom + TICK + GAP} dy="0.71em" textAnchor="middle" {...LABEL}>
                {t.text}
              </text>
            </g>
          ))}
        </g>
      )}
      {!spec.y.hide && (
        <g className="static-axis static-axis--y" stroke={AXIS}>
          <line x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} />
          {yTicks.map((t) => (
            <g key={t.value}>
              <line x1={plot.x - TICK} x2={plot.x} y1={t.pos} y2={t.pos} />
              <text x={plot.x - TICK - GAP} y={t.pos} dy="0.355em" textAnchor="end" {...LABEL}>
                {t.text}
              </text>
            </g>
          ))}
        </g>
      )}
    </svg>
  );
}
