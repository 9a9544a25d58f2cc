import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Dataset } from '../dataset/schema';
import type { ViewState } from './dashboard-store';
import { visibleDataset } from '../dataset/visible';
import { useDashboardStore } from './dashboard-store';

export const useDataset = () => useDashboardStore((s) => s.dataset);
export const useDatasetOrigin = () => useDashboardStore((s) => s.origin);
export const usePinnedRelease = () => useDashboardStore((s) => s.pinnedRelease);
export const useSelectedClaimId = () => useDashboardStore((s) => s.selectedClaimId);
// Thousands of marks each ask whether they are selected. Rather than each running a selector on
// every change of the store, they are told per claim: a new selection wakes only the marks of
// the claim that was selected and of the one that now is.
const selectionListeners = new Map<string, Set<() => void>>();
let followedSelection: string | null = null;
let unfollowSelection: (() => void) | null = null;

function subscribeToSelection(claimId: string, listener: () => void) {
  let listeners = selectionListeners.get(claimId);
  if (listeners === undefined) selectionListeners.set(claimId, (listeners = new Set()));
  listeners.add(listener);
  if (unfollowSelection === null) {
    followedSelection = useDashboardStore.getState().selectedClaimId;
    unfollowSelection = useDashboardStore.subscribe((state) => {
      const previous = followedSelection;
      if (state.selectedClaimId === previous) return;
      followedSelection = state.selectedClaimId;
      for (const id of [previous, state.selectedClaimId])
        if (id !== null) selectionListeners.get(id)?.forEach((l) => l());
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) selectionListeners.delete(claimId);
    if (selectionListeners.size === 0) {
      unfollowSelection?.();
      unfollowSelection = null;
    }
  };
}

const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();
const idSet = (ids: readonly string[]) => {
  let set = idSets.get(ids);
  if (set === undefined) idSets.set(ids, (set = new Set(ids)));
  return set;
};

/**
 * The selected claim when it is one of `ids`, else null: a chart that asks this draws again only
 * when the selection comes to or leaves its own claims, not for a selection elsewhere.
 */
export function useSelectedAmong(ids: readonly string[]): string | null {
  const set = idSet(ids);
  return useSelectedIf((id) => set.has(id));
}

/** The selected claim when `accept` takes it, else null; a selection it refuses draws nothing again. */
export function useSelectedIf(accept: (claimId: string) => boolean): string | null {
  return useDashboardStore((s) =>
    s.selectedClaimId !== null && accept(s.selectedClaimId) ? s.selectedClaimId : null,
  );
}

/** Whether this claim is the selected one: a component that asks only this redraws only when it changes. */
export function useIsSelected(claimId: string): boolean {
  const subscribe = useCallback(
    (listener: () => void) => subscribeToSelection(claimId, listener),
    [claimId],
  );
  const isSelected = () => useDashboardStore.getState().selectedClaimId === claimId;
  return useSyncExternalStore(subscribe, isSelected, isSelected);
}
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

/**
 * Escape clears the selected claim, wherever the focus is, unless something nearer took the key
 * first (a dialog closing, a field being cleared) or focus is in a dialog.
 */
export function useEscapeClearsSelection() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog, [role="dialog"], input, textarea, select')) return;
      const { selectedClaimId, actions } = useDashboardStore.getState();
      if (selectedClaimId === null) return;
      actions.claimSelected(null);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
