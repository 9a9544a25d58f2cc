import type { DatasetEvent } from '../../dataset/schema';
import { barGeometry, type MarkGeometry } from '../../lib/bound-geometry';
import { formatDate } from '../../lib/format';
import { t } from '../../i18n/messages';
import { useChartScales } from '../../components/chart-scales';
import { ClaimMark } from '../../components/claim-mark';
import type { SpanRow } from './railcar-rows';
import './railcars.css';

/** The baseline as a band across its years, from zero up to its bound: never a point. */
export function BaselineLayer({ rows }: { rows: readonly SpanRow[] }) {
  const scales = useChartScales();
  if (scales === undefined) return null;
  const { x, y, plot } = scales;
  return (
    <g>
      {rows.map((row) => {
        const [from, to, top, zero] = [x(row.from), x(row.to), y(row.value), y(0)];
        if ([from, to, top, zero].some((v) => v === undefined)) return null;
        // A baseline older than the axis starts at its left edge, and one that runs past a
        // "known as of" date stops at the right; its words give its years.
        const clipped = from! < plot.x;
        const x0 = clipped ? plot.x : from!;
        const x1 = Math.min(to!, plot.x + plot.width);
        if (x1 <= x0) return null;
        const geometry = barGeometry(
          row.qualifier,
          { orientation: 'up', zero: zero!, value: top!, cross: (x0 + x1) / 2 },
          x1 - x0,
        );
        return (
          <g key={row.claimId}>
            <text x={x0 + 4} y={top! - 26} className="chart-annotation">
              {t('railcars.baseline', { figure: row.short })}
            </text>
            <text x={x0 + 4} y={top! - 12} className="chart-annotation chart-annotation--muted">
              {clipped ? `\u2190 ${row.periodText}` : row.periodText}
            </text>
            <ClaimMark row={row} geometry={geometry} />
          </g>
        );
      })}
    </g>
  );
}

/** A growth claim (a multiple, not a count) as a bracket over its period, above the counts. */
export function MultipleLayer({ rows }: { rows: readonly SpanRow[] }) {
  const scales = useChartScales();
  if (scales === undefined) return null;
  const { x, plot } = scales;
  return (
    <g>
      {rows.map((row, i) => {
        const [x0, x1] = [x(row.from), x(row.to)];
        if (x0 === undefined || x1 === undefined) return null;
        const y = plot.y - 12 - i * 40;
        const body = { role: 'body' as const, x: x0, y: y - 2, width: x1 - x0, height: 4 };
        const cap = (at: number) => ({
          role: 'cap' as const,
          x: at - 1,
          y: y - 6,
          width: 2,
          height: 12,
        });
        const geometry: MarkGeometry = {
          parts: [body, cap(x0), cap(x1 - 1)],
          chevrons: [],
          shapes: [],
          box: { x: x0 - 3, y: y - 9, width: x1 - x0 + 6, height: 18 },
        };
        return (
          <g key={row.claimId}>
            <text
              x={x1}
              y={y - 16}
              dx={row.inReport ? -17 : 0}
              textAnchor="end"
              className="chart-annotation chart-annotation--muted"
            >
              {row.seriesLabel}
            </text>
            <ClaimMark
              row={row}
              geometry={geometry}
              label={{
                x: x0 - 6,
                y,
                anchor: 'end',
                text: t('railcars.traffic', { figure: row.short }),
                always: true,
              }}
              badge={{ x: x1 - 13, y: y - 27 }}
            />
          </g>
        );
      })}
    </g>
  );
}

/** A dated event as a dashed rule with its name: the Kim–Putin summit. */
export function EventRule({ event, label }: { event: DatasetEvent; label: string }) {
  const scales = useChartScales();
  const at = scales?.x(Date.parse(event.date));
  if (scales === undefined || at === undefined) return null;
  const { plot } = scales;
  return (
    <g className="event-rule">
      <line x1={at} x2={at} y1={plot.y} y2={plot.y + plot.height} />
      <text x={at - 5} y={plot.y + 14} textAnchor="end" className="chart-annotation">
        {label}
      </text>
      <text
        x={at - 5}
        y={plot.y + 29}
        textAnchor="end"
        className="chart-annotation chart-annotation--muted"
      >
        {formatDate(event.date, 'short')}
      </text>
    </g>
  );
}
