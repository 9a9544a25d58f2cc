import { shapePath } from '../lib/mark-shapes';
import { seriesColour, type SeriesStyle } from '../lib/series-style';
import './chart-legend.css';
import { t } from '../i18n/messages';

/** Who each series is: shape, colour and name together. */
export function SeriesKey({
  series,
}: {
  series: readonly { label: string; style: SeriesStyle }[];
}) {
  return (
    <ul className="series-key" aria-label={t('series.label')}>
      {series.map(({ label, style }) => (
        <li key={label}>
          <svg width={16} height={16} aria-hidden="true">
            <path
              d={shapePath(style.shape, 5.5)}
              transform="translate(8 8)"
              fill={seriesColour(style.colour)}
              className="bound-outline"
            />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
