import { createContext, useContext } from 'react';

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

export interface ChartInteraction {
  /** Prefix for ids of the SVG masks this chart defines: unique per chart on the page. */
  defsId: string;
  selectedId: string | null;
  active: ActiveMark | null;
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
