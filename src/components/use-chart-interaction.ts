import { useId, useMemo, useState } from 'react';
import { useDashboardActions } from '../store';
import { createActiveStore, type ChartInteraction } from './chart-context';

/** Hover, focus and selection for one chart: selection lives in the store, the rest here. */
export function useChartInteraction(area: HTMLDivElement | null): ChartInteraction {
  const { claimToggled } = useDashboardActions();
  const [active] = useState(createActiveStore);
  const defsId = `marks${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return useMemo(
    () => ({
      defsId,
      active,
      area,
      activate: active.set,
      deactivate: active.clear,
      select: claimToggled,
    }),
    [defsId, active, area, claimToggled],
  );
}
