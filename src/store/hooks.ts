import { useDashboardStore } from './dashboard-store';

export const useDataset = () => useDashboardStore((s) => s.dataset);
export const useDatasetOrigin = () => useDashboardStore((s) => s.origin);
export const useSelectedClaimId = () => useDashboardStore((s) => s.selectedClaimId);
export const useLedgerFilters = () => useDashboardStore((s) => s.filters);
export const useLedgerSort = () => useDashboardStore((s) => s.sort);
export const useDashboardActions = () => useDashboardStore((s) => s.actions);
