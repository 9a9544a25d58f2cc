import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { Confidence, Dataset } from '../dataset/schema';

/** Where the active dataset came from: the published file, or one a researcher loaded. */
export type DatasetOrigin =
  | { kind: 'published' }
  | {
      kind: 'custom';
      label: string;
      /** A file the researcher picked, or an address linked with ?data= (kept in links). */
      via: 'file' | 'link';
      /** The address, for a dataset linked with ?data=. */
      url?: string;
      /** The older version of the format the file was written in, when it was migrated. */
      migratedFrom?: number;
    };

export type SortKey = 'metric' | 'value' | 'claimant' | 'claimedOn' | 'confidence';
export interface LedgerSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export interface LedgerFilters {
  metric: string | null;
  claimant: string | null;
  search: string;
  /** Only the claims first published in this release (its id), or null for every claim. */
  newIn: string | null;
}

/** The part of the state a link carries: restoring it reproduces what the user saw. */
export interface ViewState {
  selectedClaimId: string | null;
  /** Hide every claim made after this date (YYYY-MM-DD); null shows everything. */
  asOf: string | null;
  /** Hide claims below this confidence; "low" shows all. */
  minConfidence: Confidence;
  /** Draw withdrawn claims in the charts, hollow; the ledger lists them whatever this says. */
  showRetracted: boolean;
  /** The measure a panel with a choice of measures shows (the casualties'), or null for its first. */
  measure: string | null;
}

interface DashboardState extends ViewState {
  dataset: Dataset | null;
  origin: DatasetOrigin;
  /** The release the page is pinned to (/v/<id>/), or null where it shows the latest. */
  pinnedRelease: string | null;
  filters: LedgerFilters;
  sort: LedgerSort;
  actions: {
    /** A validated dataset arrived and becomes the one every panel shows. */
    datasetLoaded: (dataset: Dataset, origin: DatasetOrigin) => void;
    /** The published dataset arrived: shown unless a researcher's own dataset is already on screen. */
    publishedLoaded: (dataset: Dataset) => void;
    /** The page is one release's (/v/<id>/), or the latest's (null); set once, as the page starts. */
    releasePinned: (release: string | null) => void;
    claimSelected: (id: string | null) => void;
    /** A claim was pressed: it is selected, or cleared when it was the selected one. */
    claimToggled: (id: string) => void;
    asOfChanged: (date: string | null) => void;
    minConfidenceChanged: (confidence: Confidence) => void;
    retractedShown: (shown: boolean) => void;
    measureChosen: (measure: string | null) => void;
    /** The URL changed (a link was opened, back or forward pressed): take its view state. */
    viewRestored: (view: ViewState) => void;
    filterChanged: (change: Partial<LedgerFilters>) => void;
    filtersCleared: () => void;
    sortRequested: (key: SortKey) => void;
    /** The URL changed: take the ledger's order from it. */
    sortRestored: (sort: LedgerSort) => void;
  };
}

export const INITIAL_FILTERS: LedgerFilters = {
  metric: null,
  claimant: null,
  search: '',
  newIn: null,
};
export const INITIAL_SORT: LedgerSort = { key: 'claimedOn', direction: 'desc' };
export const INITIAL_VIEW: ViewState = {
  selectedClaimId: null,
  asOf: null,
  minConfidence: 'low',
  showRetracted: false,
  measure: null,
};

const store = createStore<DashboardState>()((set, get) => ({
  dataset: null,
  origin: { kind: 'published' },
  pinnedRelease: null,
  ...INITIAL_VIEW,
  filters: INITIAL_FILTERS,
  sort: INITIAL_SORT,
  actions: {
    datasetLoaded: (dataset, origin) =>
      set((state) => ({
        dataset,
        origin,
        selectedClaimId: dataset.claims.some((c) => c.id === state.selectedClaimId)
          ? state.selectedClaimId
          : null,
      })),
    publishedLoaded: (dataset) => {
      if (get().origin.kind === 'custom') return;
      get().actions.datasetLoaded(dataset, { kind: 'published' });
    },
    releasePinned: (release) => set({ pinnedRelease: release }),
    claimSelected: (id) => set({ selectedClaimId: id }),
    claimToggled: (id) =>
      set((state) => ({ selectedClaimId: state.selectedClaimId === id ? null : id })),
    asOfChanged: (date) => set({ asOf: date }),
    minConfidenceChanged: (confidence) => set({ minConfidence: confidence }),
    retractedShown: (shown) => set({ showRetracted: shown }),
    measureChosen: (measure) => set({ measure }),
    viewRestored: (view) => set(view),
    filterChanged: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
    filtersCleared: () => set({ filters: INITIAL_FILTERS }),
    sortRequested: (key) =>
      set((state) => ({
        sort:
          state.sort.key === key
            ? { key, direction: state.sort.direction === 'asc' ? 'desc' : 'asc' }
            : { key, direction: key === 'claimedOn' || key === 'value' ? 'desc' : 'asc' },
      })),
    sortRestored: (sort) =>
      set((state) =>
        state.sort.key === sort.key && state.sort.direction === sort.direction ? {} : { sort },
      ),
  },
}));

/**
 * Reads the store from React. The server snapshot is the current state, not the state at
 * creation: a prerendered page seeds the store with its dataset before rendering, on the
 * server and again before hydrating, so both render the same figures.
 */
export function useDashboardStore<T>(selector: (state: DashboardState) => T): T {
  const read = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
useDashboardStore.getState = store.getState;
useDashboardStore.setState = store.setState;
useDashboardStore.subscribe = store.subscribe;

/** Puts the store back as it starts; for tests. */
export function resetDashboardStore() {
  useDashboardStore.setState({
    dataset: null,
    origin: { kind: 'published' },
    pinnedRelease: null,
    ...INITIAL_VIEW,
    filters: INITIAL_FILTERS,
    sort: INITIAL_SORT,
  });
}
