import { useCallback, useId, useMemo, useState } from 'react';
import { useDashboardActions, useSelectedClaimId } from '../store';
import type { ActiveMark, ChartInteraction } from './chart-context';

/** Hover, focus and selection for one chart: selection lives in the store, the rest here. */
export function useChartInteraction(area: HTMLDivElement | null): ChartInteraction {
  const selectedId = useSelectedClaimId();
  const { claimSelected } = useDashboardActions();
  const [active, setActive] = useState<ActiveMark | null>(null);
  const defsId = `marks${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const deactivate = useCallback(
    (claimId: string) => setActive((a) => (a?.claimId === claimId ? null : a)),
    [],
  );
  const select = useCallback(
    (claimId: string) => claimSelected(claimId === selectedId ? null : claimId),
    [claimSelected, selectedId],
  );
  return useMemo(
    () => ({ defsId, selectedId, active, area, activate: setActive, deactivate, select }),
    [defsId, selectedId, active, area, deactivate, select],
  );
}
