import './charts.css';
import { useId, useLayoutEffect, useState, type ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import { useSelectedAmong } from '../store';
import { ChartContext, useActiveMark } from './chart-context';
import { ChartDataTable } from './chart-data-table';
import { ChartDescription } from './chart-description';
import { ChartDetails } from './chart-details';
import { ChartTooltip } from './chart-tooltip';
import { useChartInteraction } from './use-chart-interaction';

interface ChartFrameProps {
  dataset: Dataset;
  /** The chart's name for assistive technology ("Killed: claims over time"). */
  label: string;
  /** The text description: a summary line and a sentence for each of the first claims. */
  summary: string;
  sentences: readonly string[];
  /** Every claim the chart draws, in table order. */
  claimIds: readonly string[];
  /** Lines a panel adds to tooltips and details for a claim (imagery date, breakdown). */
  extra?: (claimId: string) => ReactNode;
  /** Legend and key, drawn below the chart. */
  legend?: ReactNode;
  children: ReactNode;
}

function useWidth(element: HTMLDivElement | null) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (element === null) return;
    const observer = new ResizeObserver((entries) => {
      setWidth(entries[0]?.contentRect.width ?? 0);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * What every chart panel shares around its chart: hover, focus and selection; the tooltip; the
 * details area; the legend; the text description; and the data table.
 */
export function ChartFrame({
  dataset,
  label,
  summary,
  sentences,
  claimIds,
  extra,
  legend,
  children,
}: ChartFrameProps) {
  const [area, setArea] = useState<HTMLDivElement | null>(null);
  const interaction = useChartInteraction(area);
  const descriptionId = useId();
  const width = useWidth(area);
  const active = useActiveMark(interaction.active);
  // Only a selection among this chart's claims draws the frame again.
  const selectedHere = useSelectedAmong(claimIds);
  const { select } = interaction;
  const focused = active?.via === 'focus' ? active.claimId : null;
  return (
    <ChartContext.Provider value={interaction}>
      <div className="chart-frame" role="group" aria-label={label} aria-describedby={descriptionId}>
        <div className="chart-frame__area" ref={setArea}>
          {children}
          <ChartTooltip
            dataset={dataset}
            active={active}
            areaWidth={width}
            areaHeight={area?.clientHeight ?? 0}
            extra={extra}
          />
        </div>
        <ChartDescription
          id={descriptionId}
          summary={summary}
          sentences={sentences}
          total={claimIds.length}
        />
      </div>
      {legend}
      <ChartDetails
        dataset={dataset}
        claimId={focused ?? selectedHere}
        reason={focused !== null ? 'focus' : selectedHere !== null ? 'selected' : null}
        extra={extra}
      />
      <ChartDataTable
        dataset={dataset}
        claimIds={claimIds}
        caption={label}
        selectedId={selectedHere}
        onSelect={select}
      />
    </ChartContext.Provider>
  );
}
