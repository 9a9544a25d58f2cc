import { useId } from 'react';
import type { Confidence, Qualifier } from '../dataset/schema';
import { barGeometry } from '../lib/bound-geometry';
import { pointGeometry, type When } from '../lib/point-geometry';
import type { MarkRow } from '../lib/chart-rows';
import { t } from '../i18n/messages';
import { qualifierMeaning, qualifierName } from '../lib/format';
import { shapePath } from '../lib/mark-shapes';
import { seriesColour, type SeriesStyle } from '../lib/series-style';
import { BoundDefs } from './bound-defs';
import { BoundMark } from './bound-mark';
import { CONFIDENCE_OPACITY } from './mark-paint';
import { ReportTag } from './report-badge';
import type { TimeMarkRow } from './point-layer';
import './chart-legend.css';

const NEUTRAL: SeriesStyle = { colour: 0, shape: 'circle' };
const ORDER: Qualifier[] = ['exact', 'about', 'more-than', 'at-least', 'up-to', 'between'];

function Swatch({
  qualifier,
  derived = false,
  retracted = false,
  when,
  variant,
}: {
  qualifier: Qualifier;
  derived?: boolean;
  retracted?: boolean;
  /** A date span or an "on or before" line, drawn as the chart draws it. */
  when?: When;
  variant: 'point' | 'bar';
}) {
  const defsId = `legend${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Samples are drawn the way the chart draws them: points rising, bars running right.
  const [width, height, geometry] =
    variant === 'point'
      ? ([
          when ? 40 : 24,
          40,
          pointGeometry(
            qualifier,
            {
              orientation: 'up',
              zero: 38,
              value: 24,
              low: 34,
              cross: when === undefined ? 12 : 'before' in when ? when.before : 20,
            },
            4.5,
            11,
            when,
          ),
        ] as const)
      : ([
          64,
          22,
          barGeometry(
            qualifier,
            { orientation: 'right', zero: 2, value: 18, low: 7, cross: 11 },
            9,
          ),
        ] as const);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      className="legend-swatch"
      overflow="visible"
    >
      <BoundDefs defsId={defsId} />
      <BoundMark
        geometry={geometry}
        defsId={defsId}
        r={4.5}
        series={NEUTRAL}
        confidence="high"
        derived={derived}
        retracted={retracted}
      />
    </svg>
  );
}

/** Three dots from solid to nearly hollow: confidence as drawn. */
function ConfidenceSwatch({ levels }: { levels: readonly Confidence[] }) {
  return (
    <svg width={levels.length * 16} height={16} aria-hidden="true" className="legend-swatch">
      {levels.map((level, i) => (
        <path
          key={level}
          d={shapePath('circle', 5)}
          transform={`translate(${8 + i * 16} 8)`}
          fill={seriesColour(NEUTRAL.colour)}
          fillOpacity={CONFIDENCE_OPACITY[level]}
          className="bound-outline"
        />
      ))}
    </svg>
  );
}

interface BoundLegendProps {
  marks: readonly MarkRow[];
  variant: 'point' | 'bar';
  /** Marks a chart of points draws as bands (a baseline over years): sampled as bands. */
  bands?: readonly MarkRow[];
  /** Words for the "R" badge, naming the report. */
  reportLabel?: string;
}

/**
 * How to read the marks: the same legend in every chart, listing what this chart uses. Each entry
 * pairs a drawn sample with words, so nothing depends on colour.
 */
export function BoundLegend({ marks: drawn, variant, bands = [], reportLabel }: BoundLegendProps) {
  const marks = bands.length === 0 ? drawn : [...bands, ...drawn];
  const used = new Set(marks.map((m) => m.qualifier));
  // Each qualifier is sampled as it is drawn here: as a point, a band, or both.
  const asDrawn = new Set(drawn.map((m) => m.qualifier));
  const asBand = new Set(bands.map((m) => m.qualifier));
  const confidences = new Set(marks.map((m) => m.confidence));
  const levels = (['high', 'medium', 'low'] as const).filter((c) => confidences.has(c));
  const anyDerived = marks.some((m) => m.derived);
  const anyReport = marks.some((m) => m.inReport);
  const anyRetracted = marks.some((m) => m.retracted);
  const timed = marks as readonly Partial<TimeMarkRow>[];
  const dated = (key: 'span' | 'before') =>
    timed.some((m) => m[key] !== undefined && m[key] !== false);
  return (
    <ul className="chart-legend" aria-label={t('legend.label')}>
      {ORDER.filter((q) => used.has(q)).map((q) => (
        <li key={q}>
          {asDrawn.has(q) && <Swatch qualifier={q} variant={variant} />}
          {asBand.has(q) && <Swatch qualifier={q} variant="bar" />}
          <span>
            <strong>{qualifierName(q)}</strong> {qualifierMeaning(q)}
          </span>
        </li>
      ))}
      {anyDerived && (
        <li>
          <Swatch qualifier="exact" derived variant={variant} />
          <span>
            <strong>{t('legend.derivedName')}</strong> {t('legend.derived')}
          </span>
        </li>
      )}
      {variant === 'point' && dated('span') && (
        <li>
          <Swatch qualifier="exact" variant={variant} when={{ from: 4, to: 36 }} />
          <span>
            <strong>{t('legend.spanName')}</strong> {t('legend.span')}
          </span>
        </li>
      )}
      {variant === 'point' && dated('before') && (
        <li>
          <Swatch qualifier="exact" variant={variant} when={{ before: 32 }} />
          <span>
            <strong>{t('legend.beforeName')}</strong> {t('legend.before')}
          </span>
        </li>
      )}
      {anyRetracted && (
        <li>
          <Swatch qualifier="exact" retracted variant={variant} />
          <span>
            <strong>{t('legend.retractedName')}</strong> {t('legend.retracted')}
          </span>
        </li>
      )}
      {levels.length > 1 && (
        <li>
          <ConfidenceSwatch levels={levels} />
          <span>
            <strong>{t('controls.confidence')}</strong>{' '}
            {levels.map((c) => t(`legend.${c}`)).join('; ')}
          </span>
        </li>
      )}
      {anyReport && (
        <li>
          <ReportTag />
          <span>
            <strong>R</strong> {reportLabel ?? t('legend.report')}
          </span>
        </li>
      )}
    </ul>
  );
}
