import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import type { ActiveMark } from './chart-context';
import { ClaimSummary } from './claim-summary';

interface ChartTooltipProps {
  dataset: Dataset;
  active: ActiveMark | null;
  /** Width of the chart area, to keep the tooltip inside it. */
  areaWidth: number;
  extra?: (claimId: string) => ReactNode;
}

const WIDTH = 260;

/**
 * The floating tooltip beside the hovered or focused mark. It is hidden from screen readers: the
 * mark's own name and the details area below the chart say the same to them.
 */
export function ChartTooltip({ dataset, active, areaWidth, extra }: ChartTooltipProps) {
  if (active === null) return null;
  const fitsRight = active.right + 10 + WIDTH <= areaWidth;
  const fitsLeft = active.left - 10 - WIDTH >= 0;
  const style = fitsRight
    ? { left: active.right + 10, top: active.top }
    : fitsLeft
      ? { left: active.left - 10 - WIDTH, top: active.top }
      : { left: Math.max(0, (areaWidth - WIDTH) / 2), top: active.bottom + 8 };
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
