import { createContext, useContext, useSyncExternalStore } from 'react';
import { useIsSelected } from '../store';

/** Where the pointer or keyboard is: the claim, and where its tooltip goes inside the chart area. */
export interface ActiveMark {
  claimId: string;
  /** How it became active: a pointer hovering, or keyboard focus. */
  via: 'pointer' | 'focus';
  /** Position of the mark's box, relative to the chart area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The active mark of one chart, held outside React so that each mark can follow only itself. */
export interface ActiveStore {
  get: () => ActiveMark | null;
  subscribe: (listener: () => void) => () => void;
}

/** A chart's hover and focus: changing it tells only those listening. */
export function createActiveStore(): ActiveStore & {
  set: (mark: ActiveMark) => void;
  clear: (claimId: string) => void;
} {
  let active: ActiveMark | null = null;
  const listeners = new Set<() => void>();
  const change = (next: ActiveMark | null) => {
    if (next === active) return;
    active = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => active,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: change,
    clear: (claimId) => change(active?.claimId === claimId ? null : active),
  };
}

/**
 * What a chart's marks share. It stays the same object while the pointer moves and the
 * selection changes, so that a chart of a thousand marks draws again only the marks that change.
 */
export interface ChartInteraction {
  /** Prefix for ids of the SVG masks this chart defines: unique per chart on the page. */
  defsId: string;
  /** The mark the pointer or keyboard is on. */
  active: ActiveStore;
  /** The element marks position their tooltips against (null until it is mounted). */
  area: HTMLDivElement | null;
  activate: (mark: ActiveMark) => void;
  deactivate: (claimId: string) => void;
  /** Selects a claim in the store (or clears it, when it was the selected one). */
  select: (claimId: string) => void;
}

/** A mark or chip made active by `via`, placed where `element` is inside the chart `area`. */
export function activeMarkAt(
  claimId: string,
  via: ActiveMark['via'],
  element: Element,
  area: HTMLElement | null,
): ActiveMark {
  const box = area?.getBoundingClientRect();
  const mark = element.getBoundingClientRect();
  const left = mark.left - (box?.left ?? 0);
  const top = mark.top - (box?.top ?? 0);
  return { claimId, via, left, top, right: left + mark.width, bottom: top + mark.height };
}

export const ChartContext = createContext<ChartInteraction | null>(null);

/** The interaction state of the chart a mark is drawn in; marks outside a ChartFrame are a bug. */
export function useChartContext(): ChartInteraction {
  const context = useContext(ChartContext);
  if (context === null) throw new Error('A chart mark must be drawn inside a ChartFrame');
  return context;
}

/** The chart's active mark, for what follows it: the tooltip and the details. */
export function useActiveMark(active: ActiveStore): ActiveMark | null {
  return useSyncExternalStore(active.subscribe, active.get, active.get);
}

/** Whether one claim's mark is selected, and whether it is active: all a mark redraws for. */
export function useMarkState(claimId: string): { selected: boolean; active: boolean } {
  const { active } = useChartContext();
  const isActive = () => active.get()?.claimId === claimId;
  return {
    selected: useIsSelected(claimId),
    active: useSyncExternalStore(active.subscribe, isActive, isActive),
  };
}
