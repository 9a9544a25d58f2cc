import { useMemo, type ReactNode } from 'react';
import { formatAxisValue } from '../lib/axis-format';
import { formatCount } from '../lib/format';
import { firstBars, MAX_BARS } from '../lib/thin-marks';
import { BarLayer, type BarMarkRow } from './bar-layer';
import type { ChartSpec } from './chart-spec';
import { useSelectedAmong } from '../store';
import { ChartSurface } from './chart-surface';
import { ThinnedNote } from './thinned-note';
import { t } from '../i18n/messages';

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
/** Room above the bars for the note that not every claim is drawn. */
const NOTE_HEIGHT = 22;

/**
 * Figures as horizontal bars from zero on a scale of their own, one claim per row. Past
 * MAX_BARS claims, the first are drawn (and a selected one), and the chart says so.
 */
export function ClaimBarChart({ rows, valueTop, valueTicks, money, children }: ClaimBarChartProps) {
  const ids = useMemo(() => rows.map((r) => r.claimId), [rows]);
  const selectedId = useSelectedAmong(ids);
  const drawn = useMemo(() => firstBars(rows, (id) => id === selectedId), [rows, selectedId]);
  const thinned = drawn.length < rows.length;
  const top = thinned ? NOTE_HEIGHT + 8 : 8;
  const height = drawn.length * ROW_HEIGHT + AXIS_HEIGHT + top;
  const rowCount = drawn.length;
  const spec = useMemo(
    (): ChartSpec => ({
      margin: { top, right: 20, bottom: 0, left: 6 },
      grid: 'vertical',
      x: {
        dataKey: 'value',
        domain: [0, valueTop],
        ticks: valueTicks,
        format: (v) => formatAxisValue(v, money),
        size: AXIS_HEIGHT,
        interval: 0,
      },
      y: { dataKey: 'row', domain: [0, rowCount], reversed: true, hide: true, size: 0 },
    }),
    [top, valueTop, valueTicks, money, rowCount],
  );
  return (
    <div className="claim-chart" style={{ height }}>
      <ChartSurface spec={spec} height={height}>
        {children}
        <BarLayer rows={drawn} />
        {thinned && (
          <ThinnedNote
            text={t('thinned.bars', {
              drawn: formatCount(drawn.length),
              total: formatCount(rows.length),
              max: MAX_BARS,
            })}
          />
        )}
      </ChartSurface>
    </div>
  );
}
