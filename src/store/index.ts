export * from './hooks';
export * from './selection';
export {
  resetDashboardStore,
  INITIAL_FILTERS,
  INITIAL_SORT,
  INITIAL_VIEW,
} from './dashboard-store';
export type {
  DatasetOrigin,
  LedgerFilters,
  LedgerSort,
  SortKey,
  ViewState,
} from './dashboard-store';
import {
  INITIAL_VIEW,
  useDashboardStore,
  type LedgerFilters,
  type LedgerSort,
  type ViewState,
} from './dashboard-store';

/** The store's actions outside React (loaders, URL sync); they never change identity. */
export const dashboardActions = () => useDashboardStore.getState().actions;

/** Calls back whenever the view state changes; returns the unsubscribe function. */
export function subscribeToView(listener: (view: ViewState, previous: ViewState) => void) {
  return useDashboardStore.subscribe((state, prev) => {
    const view = pickView(state);
    const before = pickView(prev);
    if (VIEW_KEYS.some((key) => view[key] !== before[key])) listener(view, before);
  });
}

const VIEW_KEYS = Object.keys(INITIAL_VIEW) as (keyof ViewState)[];

function pickView(state: ViewState): ViewState {
  const { selectedClaimId, asOf, minConfidence, showRetracted, measure } = state;
  return { selectedClaimId, asOf, minConfidence, showRetracted, measure };
}

/** The view state right now, outside React. */
export const currentView = (): ViewState => pickView(useDashboardStore.getState());

/** Calls back whenever the ledger's filters or order change; returns the unsubscribe function. */
export function subscribeToFilters(listener: (filters: LedgerFilters, sort: LedgerSort) => void) {
  return useDashboardStore.subscribe((state, prev) => {
    if (state.filters !== prev.filters || state.sort !== prev.sort)
      listener(state.filters, state.sort);
  });
}
