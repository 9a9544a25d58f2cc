import { t } from '../../i18n/messages';
import { richText } from '../../i18n/rich';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { lookup } from '../../dataset/lookup';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { SeriesKey } from '../../components/series-key';
import { ClaimTimeChart } from '../../components/claim-time-chart';
import { Panel } from '../../components/panel';
import { DataText } from '../../components/data-text';
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
          <p>{richText('railcars.note.counts', { csis: <DataText>CSIS</DataText> })}</p>
          <p>
            {richText('railcars.note.growth', {
              wsj: <DataText>The Wall Street Journal</DataText>,
            })}
          </p>
        </>
      }
    >
      <ChartFrame
        dataset={dataset}
        label={t('railcars.chartLabel')}
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
            valueLabel={t('railcars.unit')}
            labels="all"
            topMargin={view.multiples.length > 0 ? 56 : 30}
            {...railcarAxes(view, asOf)}
          >
            <BaselineLayer rows={view.baselines} />
            {view.summit && <EventRule event={view.summit} label={t('railcars.summit')} />}
            <MultipleLayer rows={view.multiples} />
          </ClaimTimeChart>
        )}
      </ChartFrame>
    </Panel>
  );
}
