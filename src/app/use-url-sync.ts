import { useEffect } from 'react';
import {
  parseLedgerFilters,
  parseViewState,
  serializeLedgerFilters,
  serializeViewState,
} from '../lib/url-state';
import { dashboardActions, subscribeToFilters, subscribeToView } from '../store';

/**
 * Keeps the view state (selected claim, "known as of" date, confidence, the ledger's filters)
 * and the URL in step:
 * a link restores what its sender saw, and back and forward move through selections.
 */
export function useUrlSync() {
  useEffect(() => {
    const restore = () => {
      dashboardActions().viewRestored(parseViewState(window.location.search));
      dashboardActions().filterChanged(parseLedgerFilters(window.location.search));
    };
    restore();
    let restoring = false;
    const onPop = () => {
      restoring = true;
      restore();
      restoring = false;
    };
    window.addEventListener('popstate', onPop);
    const unsubscribe = subscribeToView((view) => {
      if (restoring) return;
      const search = serializeViewState(view, window.location.search);
      if (search === window.location.search) return;
      window.history.pushState(
        null,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    });
    // Filters change as the reader types: they replace the address rather than add history.
    const unsubscribeFilters = subscribeToFilters((filters) => {
      if (restoring) return;
      const search = serializeLedgerFilters(filters, window.location.search);
      if (search !== window.location.search)
        window.history.replaceState(
          null,
          '',
          `${window.location.pathname}${search}${window.location.hash}`,
        );
    });
    return () => {
      window.removeEventListener('popstate', onPop);
      unsubscribe();
      unsubscribeFilters();
    };
  }, []);
}
