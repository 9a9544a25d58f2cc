import { useMemo, type ReactNode } from 'react';
import { formatAxisValue } from '../lib/axis-format';
import { formatCount } from '../lib/format';
import { MAX_MARKS, thinTimeMarks } from '../lib/thin-marks';
import { formatTimeTick } from '../lib/time-scale';
import { useSelectedAmong } from '../store';
import { AsOfRule } from './as-of-rule';
import type { ChartSpec } from './chart-spec';
import { ChartSurface } from './chart-surface';
import { timeChartHeight, timeChartMinHeight, TIME_CHART } from './prerender-size';
import { PointLayer, type TimeMarkRow } from './point-layer';
import { ThinnedNote } from './thinned-note';
import { t } from '../i18n/messages';

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
  /** A fixed height; without it the chart's height follows its width and its marks. */
  height?: number;
  labels?: 'all' | 'room' | 'selected';
  /** Room above the plot for annotations. */
  topMargin?: number;
  /** Layers drawn under the claims: bands, events, annotations. */
  children?: ReactNode;
  /** The most marks drawn; past it, overlapping claims are drawn once (MAX_MARKS unless given). */
  maxMarks?: number;
}

/**
 * Claims over time: a time axis, a value axis from zero, and one mark per claim. A chart of more
 * claims than it can draw legibly draws those that would overlap once, and says so on the chart.
 */
export function ClaimTimeChart({
  rows,
  timeDomain,
  timeTicks,
  yearsOnly = false,
  valueTop,
  valueTicks,
  valueLabel,
  height,
  labels,
  topMargin = 30,
  children,
  maxMarks = MAX_MARKS,
}: ClaimTimeChartProps) {
  const ids = useMemo(() => rows.map((r) => r.claimId), [rows]);
  const selectedId = useSelectedAmong(ids);
  // Only the selection is raised: moving a mark in the DOM as the pointer enters it would make
  // the browser report the pointer leaving and entering again, and swallow clicks.
  const onTop = (id: string) => id === selectedId;
  const { drawn, total, step } = useMemo(
    () => thinTimeMarks(rows, timeDomain, valueTop, (id) => id === selectedId, maxMarks),
    [rows, timeDomain, valueTop, selectedId, maxMarks],
  );
  const thinned = drawn.length < total;
  // The same spec while the axes stay: recharts then keeps its scales, and marks their places.
  const spec = useMemo(
    (): ChartSpec => ({
      margin: { top: topMargin, right: 14, bottom: 4, left: 0 },
      grid: 'horizontal',
      x: {
        dataKey: 'time',
        domain: timeDomain,
        ticks: timeTicks,
        format: (t) => formatTimeTick(t, yearsOnly),
        size: 30,
        interval: 'preserveStartEnd',
        minTickGap: 6,
      },
      y: {
        dataKey: 'value',
        domain: [0, valueTop],
        ticks: valueTicks,
        format: (v) => formatAxisValue(v),
        size: 48,
      },
    }),
    [topMargin, timeDomain, timeTicks, yearsOnly, valueTop, valueTicks],
  );
  const minHeight = timeChartMinHeight(drawn.length);
  const heightAt = useMemo(
    () => height ?? ((width: number) => timeChartHeight(width, minHeight)),
    [height, minHeight],
  );
  // The box's height follows its width in CSS, so the page knows it before any script measures
  // it; each prerendered drawing is as tall as this rule makes it at its own width.
  const box =
    height === undefined
      ? {
          aspectRatio: `1 / ${TIME_CHART.ratio}`,
          minHeight,
          maxHeight: TIME_CHART.max,
        }
      : { height };
  return (
    <div className="claim-chart" style={box}>
      <p className="claim-chart__unit" aria-hidden="true">
        {valueLabel}
      </p>
      <ChartSurface spec={spec} height={heightAt}>
        {children}
        <AsOfRule />
        <PointLayer rows={drawn} onTop={onTop} labels={thinned ? 'selected' : labels} />
        {thinned && (
          <ThinnedNote
            text={t('thinned.points', {
              drawn: formatCount(drawn.length),
              total: formatCount(total),
              how: step === 1 ? t('thinned.once') : t('thinned.step', { step }),
            })}
          />
        )}
      </ChartSurface>
    </div>
  );
}
