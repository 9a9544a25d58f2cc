export * from './hooks';
export { resetDashboardStore, INITIAL_FILTERS } from './dashboard-store';
export type { DatasetOrigin, LedgerFilters, LedgerSort, SortKey } from './dashboard-store';
import { useDashboardStore } from './dashboard-store';

/** The store's actions outside React (loaders, URL sync); they never change identity. */
export const dashboardActions = () => useDashboardStore.getState().actions;
