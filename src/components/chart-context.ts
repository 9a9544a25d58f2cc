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

export const ChartContext = createContext<ChartInteraction | null>(null);

/** The interaction state of the chart a mark is drawn in; marks outside a ChartFrame are a bug. */
export function useChartContext(): ChartInteraction {
  const context = useContext(ChartContext);
  if (context === null) throw new Error('A chart mark must be drawn inside a ChartFrame');
  return context;
}
