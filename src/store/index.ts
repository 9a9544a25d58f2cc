export * from './hooks';
export { resetDashboardStore, INITIAL_FILTERS, INITIAL_VIEW } from './dashboard-store';
export type {
  DatasetOrigin,
  LedgerFilters,
  LedgerSort,
  SortKey,
  ViewState,
} from './dashboard-store';
import { useDashboardStore, type LedgerFilters, type ViewState } from './dashboard-store';

/** The store's actions outside React (loaders, URL sync); they never change identity. */
export const dashboardActions = () => useDashboardStore.getState().actions;

/** Calls back whenever the view state changes; returns the unsubscribe function. */
export function subscribeToView(listener: (view: ViewState, previous: ViewState) => void) {
  const pick = (s: ViewState): ViewState => ({
    selectedClaimId: s.selectedClaimId,
    asOf: s.asOf,
    minConfidence: s.minConfidence,
  });
  return useDashboardStore.subscribe((state, prev) => {
    const view = pick(state);
    const before = pick(prev);
    if (
      view.selectedClaimId !== before.selectedClaimId ||
      view.asOf !== before.asOf ||
      view.minConfidence !== before.minConfidence
    )
      listener(view, before);
  });
}

/** The view state right now, outside React. */
export const currentView = (): ViewState => {
  const { selectedClaimId, asOf, minConfidence } = useDashboardStore.getState();
  return { selectedClaimId, asOf, minConfidence };
};

/** Calls back whenever the ledger's filters change; returns the unsubscribe function. */
export function subscribeToFilters(listener: (filters: LedgerFilters) => void) {
  return useDashboardStore.subscribe((state, prev) => {
    if (state.filters !== prev.filters) listener(state.filters);
  });
}
