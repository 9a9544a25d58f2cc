import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useDashboardStore } from './dashboard-store';

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
