import { t } from '../../i18n/messages';
import { useDeferredValue, useMemo, useState } from 'react';
import { EmptyView } from '../../components/empty-view';
import { lookup } from '../../dataset/lookup';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { SeriesKey } from '../../components/series-key';
import { ChoiceSwitch } from '../../components/choice-switch';
import { ClaimTimeChart } from '../../components/claim-time-chart';
import { Panel } from '../../components/panel';
import { seriesKey } from '../../lib/chart-rows';
import { chartText, reportLabel } from '../../lib/chart-text';
import {
  useChartDataset,
  useDashboardActions,
  useSelectedIf,
  useDrawnAsOf,
  useMeasure,
} from '../../store';
import type { Dataset } from '../../dataset/schema';
import {
  ALL_MEASURES,
  CASUALTY_MEASURE_IDS,
  casualtyAxes,
  casualtyMeasureOf,
  casualtyRows,
  type CasualtyMeasure,
} from './casualty-rows';
import { CasualtyNotes } from './casualty-notes';
import './casualties.css';

type Shown = CasualtyMeasure | typeof ALL_MEASURES;

/** The switch's choices, in the page's language where it has words for them. */
const options = (): { value: Shown; label: string }[] => [
  ...CASUALTY_MEASURE_IDS.map((value) => ({ value, label: t(`measure.${value}`) })),
  { value: ALL_MEASURES, label: t('casualties.all') },
];

const isMeasure = (value: string | null): value is CasualtyMeasure =>
  value !== null && (CASUALTY_MEASURE_IDS as string[]).includes(value);

/**
 * The measure shown: the view's (?measure=), which a link carries, or the first; and it follows
 * the selection, so that selecting a casualty claim anywhere shows its measure here.
 */
function useFollowedMetric(initial: CasualtyMeasure) {
  const dataset = useChartDataset();
  // The selection as this panel sees it: a casualty claim, or none. Selections elsewhere do not
  // draw the panel again.
  const selected = useSelectedIf((id) => {
    const claim = dataset === null ? undefined : lookup(dataset).claims.get(id);
    return claim !== undefined && casualtyMeasureOf(claim.metric) !== undefined;
  });
  const chosen = useMeasure();
  const { measureChosen } = useDashboardActions();
  // The selection's measure, until the reader picks one: a link's ?claim= says which it is.
  const [followed, setFollowed] = useState<{ claim: string | null; measure?: CasualtyMeasure }>({
    claim: null,
  });
  if (selected !== followed.claim) {
    const claim =
      selected === null || dataset === null ? undefined : lookup(dataset).claims.get(selected);
    setFollowed({ claim: selected, measure: claim && casualtyMeasureOf(claim.metric) });
  }
  // Side by side, every measure is in view: a selection has nothing to switch to.
  const metric: Shown =
    chosen === ALL_MEASURES
      ? ALL_MEASURES
      : (followed.measure ?? (isMeasure(chosen) ? chosen : initial));
  const setMetric = (next: Shown) => {
    setFollowed({ claim: selected });
    measureChosen(next === initial ? null : next);
  };
  return [metric, setMetric] as const;
}

/** Each measure with claims in view, as its own small chart on axes fitted to it. */
function smallMultiples(dataset: Dataset, asOf: string | null) {
  return CASUALTY_MEASURE_IDS.flatMap((measure) => {
    const rows = casualtyRows(dataset, measure);
    if (rows.length === 0) return [];
    const claims = rows.map((r) => lookup(dataset).claims.get(r.claimId)!);
    return [{ measure, rows, axes: casualtyAxes(rows, claims, asOf) }];
  });
}

export function CasualtiesPanel() {
  const dataset = useChartDataset();
  const asOf = useDrawnAsOf();
  const [chosen, setMetric] = useFollowedMetric('killed');
  // The switch answers at once; the chart of the new measure is drawn after it, in the background.
  const metric = useDeferredValue(chosen);
  const view = useMemo(() => {
    if (dataset === null) return null;
    if (metric === ALL_MEASURES) {
      const multiples = smallMultiples(dataset, asOf);
      const rows = multiples.flatMap((m) => m.rows);
      return { rows, multiples, text: chartText(dataset, t('subject.every'), rows), axes: null };
    }
    const rows = casualtyRows(dataset, metric);
    const text = chartText(dataset, t(`measure.${metric}`), rows);
    return { rows, multiples: null, text, axes: casualtyAxes(rows, text.claims, asOf) };
  }, [dataset, metric, asOf]);
  if (dataset === null || view === null) return null;
  const { rows, multiples, text, axes } = view;
  const measureName =
    metric === ALL_MEASURES ? t('casualties.everySideBySide') : t(`measure.${metric}`);
  const label = t('casualties.chartLabel', { measure: measureName });
  return (
    <Panel
      id="casualties"
      title={t('panel.casualties.title')}
      subtitle={t('panel.casualties.subtitle')}
      toolbar={
        <ChoiceSwitch
          legend={t('casualties.measure')}
          options={options()}
          value={chosen}
          onChange={setMetric}
        />
      }
      choice={{
        label: t('casualties.choice', { measure: measureName }),
        word: metric === 'killed' ? undefined : metric,
      }}
      sourceLine={text.sourceLine}
      newest={text.newest}
      actions={{ claims: text.claims, figure: 'chart' }}
      notes={<CasualtyNotes metric={metric} />}
    >
      <ChartFrame
        dataset={dataset}
        label={label}
        summary={text.summary}
        sentences={text.sentences}
        claimIds={text.claimIds}
        legend={
          <>
            <SeriesKey series={seriesKey(rows)} />
            <BoundLegend marks={rows} variant="point" reportLabel={reportLabel(dataset)} />
          </>
        }
      >
        {rows.length === 0 ? (
          <EmptyView what="empty.what.measure" />
        ) : multiples !== null ? (
          <div className="casualty-multiples">
            {multiples.map((m) => (
              <section key={m.measure} className="small-multiple" data-metric={m.measure}>
                <h3 className="chart-heading">{t(`measure.${m.measure}`)}</h3>
                <ClaimTimeChart
                  rows={m.rows}
                  valueLabel={t(`casualties.unit.${m.measure}`)}
                  labels="room"
                  height={220}
                  {...m.axes}
                />
              </section>
            ))}
          </div>
        ) : (
          axes !== null && (
            <ClaimTimeChart
              rows={rows}
              valueLabel={t(`casualties.unit.${metric as CasualtyMeasure}`)}
              labels="room"
              {...axes}
            />
          )
        )}
      </ChartFrame>
    </Panel>
  );
}
