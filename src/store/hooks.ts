import { useMemo } from 'react';
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

/**
 * The active dataset as the view filters it ("known as of", confidence), withdrawn claims kept:
 * what the ledger, the headline figures and the details show.
 */
export function useVisibleDataset(): Dataset | null {
  const dataset = useDataset();
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
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
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  const showRetracted = useShowRetracted();
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
