import { useMemo, useState } from 'react';
import { ChartFrame } from '../../components/chart-frame';
import { BoundLegend } from '../../components/chart-legend';
import { SeriesKey } from '../../components/series-key';
import { ChoiceSwitch } from '../../components/choice-switch';
import { ClaimTimeChart } from '../../components/claim-time-chart';
import { Panel } from '../../components/panel';
import { seriesKey } from '../../lib/chart-rows';
import { chartText, reportLabel } from '../../lib/chart-text';
import { useSelectedClaimId, useChartDataset } from '../../store';
import {
  CASUALTY_MEASURE_IDS,
  CASUALTY_MEASURES,
  casualtyAxes,
  casualtyMeasureOf,
  casualtyRows,
  type CasualtyMeasure,
} from './casualty-rows';
import { CasualtyNotes } from './casualty-notes';
import './casualties.css';

const OPTIONS = CASUALTY_MEASURE_IDS.map((value) => ({
  value,
  label: CASUALTY_MEASURES[value].label,
}));

/** Follows the selection: selecting a casualty claim anywhere shows its measure here. */
function useFollowedMetric(initial: CasualtyMeasure) {
  const dataset = useChartDataset();
  const selected = useSelectedClaimId();
  const [metric, setMetric] = useState<CasualtyMeasure>(initial);
  const [followed, setFollowed] = useState<string | null>(null);
  if (selected !== followed) {
    setFollowed(selected);
    const claim = dataset?.claims.find((c) => c.id === selected);
    const measure = claim && casualtyMeasureOf(claim.metric);
    if (measure !== undefined) setMetric(measure);
  }
  return [metric, setMetric] as const;
}

export function CasualtiesPanel() {
  const dataset = useChartDataset();
  const [metric, setMetric] = useFollowedMetric('killed');
  const view = useMemo(() => {
    if (dataset === null) return null;
    const rows = casualtyRows(dataset, metric);
    const text = chartText(dataset, CASUALTY_MEASURES[metric].label, rows);
    return { rows, text, axes: casualtyAxes(dataset, text.claims) };
  }, [dataset, metric]);
  if (dataset === null || view === null) return null;
  const { rows, text, axes } = view;
  const label = `${CASUALTY_MEASURES[metric].label}: claims over time`;
  return (
    <Panel
      id="casualties"
      title="North Korean troops and casualties, as claimed"
      subtitle="Troops and workers sent, soldiers killed or wounded: each mark is one claim, at the date it was made."
      toolbar={
        <ChoiceSwitch legend="Measure" options={OPTIONS} value={metric} onChange={setMetric} />
      }
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
          <p className="chart-empty">No claim on this measure is known for the current view.</p>
        ) : (
          <ClaimTimeChart rows={rows} valueLabel={CASUALTY_MEASURES[metric].unit} {...axes} />
        )}
      </ChartFrame>
    </Panel>
  );
}
