import { t } from '../../i18n/messages';
import { richText } from '../../i18n/rich';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { ClaimBarChart } from '../../components/claim-bar-chart';
import { ClaimChip } from '../../components/claim-chip';
import { Panel } from '../../components/panel';
import { DataText } from '../../components/data-text';
import { chartText, reportLabel } from '../../lib/chart-text';
import { attribute, lookup } from '../../dataset/lookup';
import { sourceCreditText } from '../../dataset/source-credit';
import { formatClaimDate, formatFigure } from '../../lib/format';
import { useChartDataset } from '../../store';
import { CapRules } from './cap-rules';
import { oilMarks, oilView } from './oil-rows';
import { nameText } from '../../i18n/data-lang';

export function OilPanel() {
  const dataset = useChartDataset();
  const view = useMemo(() => (dataset === null ? null : oilView(dataset)), [dataset]);
  if (dataset === null || view === null) return null;
  const marks = oilMarks(view);
  const text = chartText(dataset, t('subject.oil'), marks);
  const chipText = (id: string) => {
    const claim = lookup(dataset).claims.get(id);
    if (claim === undefined) return { words: '', by: '' };
    const { claimant, source } = attribute(dataset, claim);
    return {
      words: formatFigure(claim),
      by:
        t('oil.chipBy', { claimant: nameText(claimant), date: formatClaimDate(claim) }) +
        (source.publisher === claimant.name ? '' : ` (${sourceCreditText(dataset, source)})`),
    };
  };
  const chips = [...view.ratios, ...view.visits, ...view.otherCaps];
  return (
    <Panel
      id="oil"
      title={t('panel.oil.title')}
      subtitle={t('panel.oil.subtitle')}
      sourceLine={text.sourceLine}
      newest={text.newest}
      actions={{ claims: text.claims, figure: 'chart', empty: view.bars.length === 0 }}
      notes={<p>{richText('oil.note', { osc: <DataText>Open Source Centre</DataText> })}</p>}
    >
      <ChartFrame
        dataset={dataset}
        label={t('oil.chartLabel')}
        summary={text.summary}
        sentences={text.sentences}
        claimIds={text.claimIds}
        legend={<BoundLegend marks={marks} variant="bar" reportLabel={reportLabel(dataset)} />}
      >
        {view.bars.length === 0 ? (
          <EmptyView what="empty.what.oil" />
        ) : (
          <ClaimBarChart rows={view.bars} valueTop={view.valueTop} valueTicks={view.valueTicks}>
            {view.cap !== undefined && <CapRules cap={view.cap} times={[1, 2]} />}
          </ClaimBarChart>
        )}
        {chips.length > 0 && (
          <ul className="claim-chips" aria-label={t('oil.chipsLabel')}>
            {chips.map((row) => (
              <li key={row.claimId}>
                <ClaimChip row={row} {...chipText(row.claimId)} />
              </li>
            ))}
          </ul>
        )}
      </ChartFrame>
    </Panel>
  );
}
