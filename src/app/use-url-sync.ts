import { useEffect } from 'react';
import {
  parseLedgerFilters,
  parseLedgerSort,
  parseViewState,
  serializeLedgerFilters,
  serializeViewState,
} from '../lib/url-state';
import {
  dashboardActions,
  subscribeToFilters,
  subscribeToView,
  type LedgerFilters,
  type LedgerSort,
} from '../store';

/** How long typing must pause before the address takes the ledger's filters. */
export const FILTER_PAUSE_MS = 250;

/**
 * Keeps the view state (selected claim, "known as of" date, confidence, measure, the ledger's
 * filters and order)
 * and the URL in step:
 * a link restores what its sender saw, and back and forward move through selections.
 */
export function useUrlSync() {
  useEffect(() => {
    const restore = () => {
      dashboardActions().viewRestored(parseViewState(window.location.search));
      dashboardActions().filterChanged(parseLedgerFilters(window.location.search));
      dashboardActions().sortRestored(parseLedgerSort(window.location.search));
    };
    restore();
    let restoring = false;
    const onPop = () => {
      restoring = true;
      restore();
      restoring = false;
    };
    window.addEventListener('popstate', onPop);
    // Filters change as the reader types: they replace the address rather than add history, once
    // the typing pauses (writing the address is slow enough to be felt at every key).
    let pending: { filters: LedgerFilters; sort: LedgerSort } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const writeFilters = () => {
      clearTimeout(timer);
      if (pending === null) return;
      const search = serializeLedgerFilters(pending.filters, window.location.search, pending.sort);
      pending = null;
      if (search !== window.location.search)
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
    };
    const unsubscribe = subscribeToView((view) => {
      if (restoring) return;
      // The filters first, so that the new entry carries them.
      writeFilters();
      const search = serializeViewState(view, window.location.search);
      if (search === window.location.search) return;
      window.history.pushState(
        null,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    });
    const unsubscribeFilters = subscribeToFilters((filters, sort) => {
      if (restoring) return;
      pending = { filters, sort };
      clearTimeout(timer);
      timer = setTimeout(writeFilters, FILTER_PAUSE_MS);
    });
    window.addEventListener('pagehide', writeFilters);
    return () => {
      writeFilters();
      window.removeEventListener('pagehide', writeFilters);
      window.removeEventListener('popstate', onPop);
      unsubscribe();
      unsubscribeFilters();
    };
  }, []);
}
