import { t } from '../../i18n/messages';
import { richText } from '../../i18n/rich';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { SeriesKey } from '../../components/series-key';
import { seriesKey } from '../../lib/chart-rows';
import { ClaimBarChart } from '../../components/claim-bar-chart';
import { Panel } from '../../components/panel';
import { DataText } from '../../components/data-text';
import { chartText, reportLabel } from '../../lib/chart-text';
import { useChartDataset } from '../../store';
import { valueView } from './value-rows';

export function ValuePanel() {
  const dataset = useChartDataset();
  const view = useMemo(() => (dataset === null ? null : valueView(dataset)), [dataset]);
  if (dataset === null || view === null) return null;
  const text = chartText(dataset, t('subject.value'), view.rows);
  return (
    <Panel
      id="value"
      title={t('panel.value.title')}
      subtitle={t('panel.value.subtitle')}
      sourceLine={text.sourceLine}
      newest={text.newest}
      actions={{ claims: text.claims, figure: 'chart' }}
      notes={<p>{richText('value.note', { name: <DataText>Guseinova</DataText> })}</p>}
    >
      <ChartFrame
        dataset={dataset}
        label={t('value.chartLabel')}
        summary={text.summary}
        sentences={text.sentences}
        claimIds={text.claimIds}
        legend={
          <>
            <SeriesKey series={seriesKey(view.rows)} />
            <BoundLegend marks={view.rows} variant="bar" reportLabel={reportLabel(dataset)} />
          </>
        }
      >
        {view.rows.length === 0 ? (
          <EmptyView what="empty.what.value" />
        ) : (
          <ClaimBarChart
            rows={view.rows}
            valueTop={view.valueTop}
            valueTicks={view.valueTicks}
            money
          />
        )}
      </ChartFrame>
    </Panel>
  );
}
