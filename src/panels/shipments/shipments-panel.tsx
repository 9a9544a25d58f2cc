import { t } from '../../i18n/messages';
import { richText } from '../../i18n/rich';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { SeriesKey } from '../../components/series-key';
import { ClaimBarChart } from '../../components/claim-bar-chart';
import { Panel } from '../../components/panel';
import { DataText } from '../../components/data-text';
import { seriesKey } from '../../lib/chart-rows';
import { chartText, reportLabel } from '../../lib/chart-text';
import { useChartDataset } from '../../store';
import { shipmentGroups, type ShipmentGroup } from './shipment-rows';
import './shipments.css';

/** "Artillery shells: US and South Korean officials (Euromaidan Press, Evrim Ağacı); …" */
function attributionText(group: ShipmentGroup) {
  return group.conflicting.map((a) => `${a.claimant} (${a.outlets.join(', ')})`).join('; ');
}

export function ShipmentsPanel() {
  const dataset = useChartDataset();
  const groups = useMemo(() => (dataset === null ? [] : shipmentGroups(dataset)), [dataset]);
  if (dataset === null) return null;
  const rows = groups.flatMap((g) => g.rows);
  const text = chartText(dataset, t('subject.shipments'), rows);
  const conflicts = groups.filter((g) => g.conflicting.length > 1);
  return (
    <Panel
      id="shipments"
      title={t('panel.shipments.title')}
      subtitle={t('panel.shipments.subtitle')}
      sourceLine={text.sourceLine}
      newest={text.newest}
      actions={{ claims: text.claims, figure: 'chart' }}
      notes={
        <>
          <p>
            {richText('shipments.note.summaries', {
              wsj: <DataText>Wall Street Journal</DataText>,
            })}
          </p>
          {conflicts.map((g) => (
            <p key={g.metric}>
              {richText('shipments.conflict', {
                measure: g.title,
                attributions: <DataText>{attributionText(g)}</DataText>,
              })}
            </p>
          ))}
          <p>
            {richText('shipments.note.guseinova', {
              name: <DataText>Olena Guseinova</DataText>,
            })}
          </p>
          <p>{t('shipments.note.scales')}</p>
        </>
      }
    >
      <ChartFrame
        dataset={dataset}
        label={t('shipments.chartLabel')}
        summary={text.summary}
        sentences={text.sentences}
        claimIds={text.claimIds}
        legend={
          <>
            <SeriesKey series={seriesKey(rows)} />
            <BoundLegend marks={rows} variant="bar" reportLabel={reportLabel(dataset)} />
          </>
        }
      >
        {groups.length === 0 && <EmptyView what="empty.what.shipment" />}
        {groups.map((group) => (
          <section key={group.metric} className="small-multiple" data-metric={group.metric}>
            <h3 className="chart-heading">{group.title}</h3>
            <ClaimBarChart
              rows={group.rows}
              valueTop={group.valueTop}
              valueTicks={group.valueTicks}
            />
          </section>
        ))}
      </ChartFrame>
    </Panel>
  );
}
