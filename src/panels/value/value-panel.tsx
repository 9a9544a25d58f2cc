import { t } from '../../i18n/messages';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { SeriesKey } from '../../components/series-key';
import { seriesKey } from '../../lib/chart-rows';
import { ClaimBarChart } from '../../components/claim-bar-chart';
import { Panel } from '../../components/panel';
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
      notes={
        <p>
          Two different measures. Guseinova’s study puts a value on the arms delivered, as a range
          whose low end is well above zero. The report speaks of money North Korea may have earned,
          “up to” the study’s upper end: anything from nothing to that figure. Money earned need not
          equal the value of what was delivered, so neither is drawn as the other.
        </p>
      }
    >
      <ChartFrame
        dataset={dataset}
        label="Value of arms delivered and arms earnings"
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
