import { useChartScales } from '../../components/chart-scales';
import { t } from '../../i18n/messages';
import './oil.css';

/**
 * Rules at one and two times the annual cap, across the bars: they make "twice the cap" visible
 * without drawing any figure that was not claimed. The cap's value is the UN claim's own.
 */
export function CapRules({ cap, times }: { cap: number; times: readonly number[] }) {
  const scales = useChartScales();
  if (scales === undefined) return null;
  const { x, plot } = scales;
  return (
    <g className="cap-rules" aria-hidden="true">
      {times.map((k) => {
        const at = x(cap * k);
        if (at === undefined) return null;
        return (
          <g key={k}>
            <line x1={at} x2={at} y1={plot.y} y2={plot.y + plot.height} />
            <text
              x={at}
              y={plot.y + plot.height - 4}
              textAnchor="middle"
              className="chart-annotation"
            >
              {k === 1 ? t('oil.cap') : t('oil.capTimes', { times: k })}
            </text>
          </g>
        );
      })}
    </g>
  );
}
