import { fitText } from '../lib/fit-text';
import { useChartScales } from './chart-scales';

/**
 * Says, on the chart itself (and so on every export of it), that not every claim is drawn:
 * above the plot's right end, shortened to fit with the whole text as its tooltip.
 */
export function ThinnedNote({ text }: { text: string }) {
  const scales = useChartScales();
  if (scales === undefined) return null;
  const { plot } = scales;
  const fitted = fitText(text, plot.width * 0.75);
  return (
    <text
      className="chart-annotation chart-annotation--muted thinned-note"
      x={plot.x + plot.width}
      y={plot.y - 8}
      textAnchor="end"
    >
      {fitted}
      {fitted !== text && <title>{text}</title>}
    </text>
  );
}
