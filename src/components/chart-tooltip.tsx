import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import type { ActiveMark } from './chart-context';
import { ClaimSummary } from './claim-summary';

interface ChartTooltipProps {
  dataset: Dataset;
  active: ActiveMark | null;
  /** Width of the chart area, to keep the tooltip inside it. */
  areaWidth: number;
  /** Height of the chart area: a tooltip for a mark in its lower half opens upwards. */
  areaHeight: number;
  extra?: (claimId: string) => ReactNode;
}

const WIDTH = 260;

/**
 * The floating tooltip beside the hovered or focused mark. It is hidden from screen readers: the
 * mark's own name and the details area below the chart say the same to them.
 */
export function ChartTooltip({ dataset, active, areaWidth, areaHeight, extra }: ChartTooltipProps) {
  if (active === null) return null;
  const fitsRight = active.right + 10 + WIDTH <= areaWidth;
  const fitsLeft = active.left - 10 - WIDTH >= 0;
  // A tooltip never hangs below the chart, where the legend and the details are: beside a mark
  // in the lower half it ends level with the mark's foot, above or below it it stays clear of it.
  const low = (active.top + active.bottom) / 2 > areaHeight / 2;
  const vertical =
    fitsRight || fitsLeft
      ? low
        ? { top: active.bottom, transform: 'translateY(-100%)' }
        : { top: active.top }
      : low
        ? { top: active.top - 8, transform: 'translateY(-100%)' }
        : { top: active.bottom + 8 };
  const style = {
    left: fitsRight
      ? active.right + 10
      : fitsLeft
        ? active.left - 10 - WIDTH
        : Math.max(0, (areaWidth - WIDTH) / 2),
    ...vertical,
  };
  return (
    <div className="chart-tooltip" style={{ ...style, width: WIDTH }} aria-hidden="true">
      <ClaimSummary
        dataset={dataset}
        claimId={active.claimId}
        linkSource={false}
        extra={extra?.(active.claimId)}
      />
    </div>
  );
}
