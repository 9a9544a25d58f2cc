import { t } from '../../i18n/messages';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { lookup } from '../../dataset/lookup';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { SeriesKey } from '../../components/series-key';
import { ClaimTimeChart } from '../../components/claim-time-chart';
import { Panel } from '../../components/panel';
import { seriesKey } from '../../lib/chart-rows';
import { chartText, reportLabel } from '../../lib/chart-text';
import { useChartDataset, useDrawnAsOf } from '../../store';
import { BaselineLayer, EventRule, MultipleLayer } from './railcar-layers';
import { RailcarExtra } from './railcar-extra';
import { railcarAxes, railcarMarks, railcarView } from './railcar-rows';

export function RailcarsPanel() {
  const dataset = useChartDataset();
  const asOf = useDrawnAsOf();
  const view = useMemo(() => (dataset === null ? null : railcarView(dataset)), [dataset]);
  if (dataset === null || view === null) return null;
  const marks = railcarMarks(view);
  const text = chartText(dataset, t('subject.railcars'), marks);
  const counts = view.observations.length + view.baselines.length;
  const extra = (claimId: string) => {
    const claim = lookup(dataset).claims.get(claimId);
    return claim && <RailcarExtra claim={claim} parts={view.breakdown.get(claimId) ?? []} />;
  };
  return (
    <Panel
      id="railcars"
      title={t('panel.railcars.title')}
      subtitle={t('panel.railcars.subtitle')}
      sourceLine={text.sourceLine}
      newest={text.newest}
      actions={{ claims: text.claims, figure: 'chart' }}
      notes={
        <>
          <p>
            Counts are single days of imagery, not a series: nothing is drawn between them. The
            baseline spans the five years before the summit. Counts with a dashed outline are sums
            of CSIS’s counts by type of car (ore, box, tank), shown in each tooltip.
          </p>
          <p>
            The Wall Street Journal’s growth figure is a multiple of pre-summit traffic over its
            period, not a count, so it sits above the chart rather than on its scale; no raw counts
            were published with it.
          </p>
        </>
      }
    >
      <ChartFrame
        dataset={dataset}
        label="Railcars counted at the crossing, by date of imagery"
        summary={text.summary}
        sentences={text.sentences}
        claimIds={text.claimIds}
        extra={extra}
        legend={
          <>
            <SeriesKey series={seriesKey([...view.baselines, ...view.observations])} />
            <BoundLegend
              marks={[...view.observations, ...view.multiples]}
              bands={view.baselines}
              variant="point"
              reportLabel={reportLabel(dataset)}
            />
          </>
        }
      >
        {counts === 0 ? (
          <EmptyView what="empty.what.railcar" />
        ) : (
          <ClaimTimeChart
            rows={view.observations}
            valueLabel="Railcars"
            labels="all"
            topMargin={view.multiples.length > 0 ? 56 : 30}
            {...railcarAxes(view, asOf)}
          >
            <BaselineLayer rows={view.baselines} />
            {view.summit && <EventRule event={view.summit} label="Kim–Putin summit" />}
            <MultipleLayer rows={view.multiples} />
          </ClaimTimeChart>
        )}
      </ChartFrame>
    </Panel>
  );
}
