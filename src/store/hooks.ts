import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../dataset/schema';
import type { ViewState } from './dashboard-store';
import { visibleDataset } from '../dataset/visible';
import { useDashboardStore } from './dashboard-store';

export const useDataset = () => useDashboardStore((s) => s.dataset);
export const useDatasetOrigin = () => useDashboardStore((s) => s.origin);
export const usePinnedRelease = () => useDashboardStore((s) => s.pinnedRelease);
export const useSelectedClaimId = () => useDashboardStore((s) => s.selectedClaimId);
export const useAsOf = () => useDashboardStore((s) => s.asOf);
export const useMinConfidence = () => useDashboardStore((s) => s.minConfidence);
export const useShowRetracted = () => useDashboardStore((s) => s.showRetracted);
export const useMeasure = () => useDashboardStore((s) => s.measure);
export const useLedgerFilters = () => useDashboardStore((s) => s.filters);
export const useLedgerSort = () => useDashboardStore((s) => s.sort);
export const useDashboardActions = () => useDashboardStore((s) => s.actions);

const readView = () => {
  const { asOf, minConfidence, showRetracted } = useDashboardStore.getState();
  return { asOf, minConfidence, showRetracted };
};

/**
 * The "known as of" date and the confidence as the panels draw them. They follow the store in a
 * transition: the control that changed them answers and is painted first, and the panels then
 * draw the new view in the background, showing the previous one until it is ready.
 */
function useDrawnView() {
  const [view, setView] = useState(readView);
  useEffect(() => {
    let last = view;
    const follow = () => {
      const next = readView();
      // Other changes (a selection, a filter) leave the panels alone.
      if (
        next.asOf === last.asOf &&
        next.minConfidence === last.minConfidence &&
        next.showRetracted === last.showRetracted
      )
        return;
      last = next;
      startTransition(() => setView(next));
    };
    follow();
    return useDashboardStore.subscribe(follow);
    // Subscribed once: `last` follows the store from the view the panel was first drawn with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return view;
}

/**
 * The "known as of" date the panels are drawn with: it follows the store in the same transition
 * as useChartDataset, so that what is drawn from both agrees.
 */
export const useDrawnAsOf = (): string | null => useDrawnView().asOf;

/**
 * The active dataset as the view filters it ("known as of", confidence), withdrawn claims kept:
 * what the ledger, the headline figures and the details show. A new dataset arrives at once; a
 * new date or confidence as the panels can draw it.
 */
export function useVisibleDataset(): Dataset | null {
  const dataset = useDataset();
  const { asOf, minConfidence } = useDrawnView();
  return useMemo(
    () => (dataset === null ? null : visibleDataset(dataset, { asOf, minConfidence })),
    [dataset, asOf, minConfidence],
  );
}

/**
 * What the charts and the map draw: the visible dataset without its withdrawn claims, unless the
 * reader asked to see them (drawn hollow).
 */
export function useChartDataset(): Dataset | null {
  const dataset = useDataset();
  const { asOf, minConfidence, showRetracted } = useDrawnView();
  return useMemo(
    () =>
      dataset === null
        ? null
        : visibleDataset(dataset, {
            asOf,
            minConfidence,
            retracted: showRetracted ? 'keep' : 'omit',
          }),
    [dataset, asOf, minConfidence, showRetracted],
  );
}

/** The view state as one object: what a link must carry to reproduce the screen. */
export function useViewState(): ViewState {
  const selectedClaimId = useSelectedClaimId();
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  const showRetracted = useShowRetracted();
  const measure = useMeasure();
  return useMemo(
    () => ({ selectedClaimId, asOf, minConfidence, showRetracted, measure }),
    [selectedClaimId, asOf, minConfidence, showRetracted, measure],
  );
}
