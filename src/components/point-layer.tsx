import { useMemo } from 'react';
import { pointGeometry, type When } from '../lib/point-geometry';
import type { MarkRow } from '../lib/chart-rows';
import type { TimePlacement } from '../lib/time-scale';
import { useChartScales } from './chart-scales';
import { ClaimMark, SelectedMarkCopy, type MarkLabel } from './claim-mark';

/** A claim placed on a time axis; claims close in time are dodged side by side, never stacked. */
export interface TimeMarkRow extends MarkRow {
  /** UTC milliseconds of the date the mark stands at: a day, or the middle of a month or year. */
  time: number;
  /** For a date known only to the month or year: the span drawn across it. */
  span?: TimePlacement['span'];
  /** For an "on or before" date: drawn reaching back from it. */
  before?: boolean;
  /** Position within a group of claims too close in time to draw apart (0-based). */
  slot: number;
  /** Size of that group. */
  slots: number;
}

const R = 6;
/** Pixels between dodged marks of one group. */
const DODGE = 15;

/**
 * The span of a loosely dated mark in pixels: where its date may fall, not where it is dodged to.
 * An "on or before" line reaches back from the mark itself.
 */
function whenOf(
  row: TimeMarkRow,
  x: (time: number) => number | undefined,
  cross: number,
): When | undefined {
  if (row.before) return { before: cross };
  if (row.span === undefined) return undefined;
  const from = x(row.span[0]);
  const to = x(row.span[1]);
  return from === undefined || to === undefined ? undefined : { from, to };
}

interface Placed {
  geometry: ReturnType<typeof pointGeometry>;
  label: MarkLabel & { always: boolean };
}

/**
 * Draws time rows as points with their bound encoding, in the live or the static chart. Each
 * row is placed once for a given size of the chart: a new selection or a thinner set of marks
 * hands every mark the same geometry as before, so that only the marks that change draw again.
 */
export function PointLayer({
  rows,
  onTop,
  labels = 'selected',
}: {
  rows: readonly TimeMarkRow[];
  onTop: (claimId: string) => boolean;
  /** "all" labels every mark with its short figure; "selected" only the selected or active one. */
  labels?: 'all' | 'selected';
}) {
  const scales = useChartScales();
  const { x, y, plot } = scales ?? {};
  const placeRow = useMemo(() => {
    if (x === undefined || y === undefined || plot === undefined) return null;
    const zero = y(0) ?? plot.y + plot.height;
    const placed = new WeakMap<TimeMarkRow, Placed | null>();
    const place = (row: TimeMarkRow): Placed | null => {
      const at = x(row.time);
      const value = y(row.value);
      if (at === undefined || value === undefined) return null;
      const cross = at + (row.slot - (row.slots - 1) / 2) * DODGE;
      const low = row.low === undefined ? undefined : y(row.low);
      const geometry = pointGeometry(
        row.qualifier,
        { orientation: 'up', zero, value, low, cross },
        R,
        undefined,
        whenOf(row, x, cross),
      );
      // Labels go to the side with more room, so they stay inside the plot.
      const toLeft = cross > plot.x + plot.width * 0.7;
      const label = {
        x: cross + (toLeft ? -(R + 5) : R + 5),
        y: value,
        anchor: toLeft ? ('end' as const) : ('start' as const),
        text: row.short,
        always: labels === 'all',
      };
      return { geometry, label };
    };
    return (row: TimeMarkRow) => {
      let at = placed.get(row);
      if (at === undefined) placed.set(row, (at = place(row)));
      return at;
    };
    // The plot's box by its numbers: a new object of the same size places marks the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [x, y, plot?.x, plot?.y, plot?.width, plot?.height, labels]);
  if (placeRow === null) return null;
  // Marks keep the rows' order whatever is selected; the selected one is drawn again last, so
  // that nothing covers it.
  const top = rows.find((row) => onTop(row.claimId));
  const topAt = top && placeRow(top);
  return (
    <g className="point-layer">
      {rows.map((row) => {
        const at = placeRow(row);
        if (at === null) return null;
        return (
          <ClaimMark key={row.claimId} row={row} geometry={at.geometry} r={R} label={at.label} />
        );
      })}
      {top && topAt && (
        <SelectedMarkCopy row={top} geometry={topAt.geometry} r={R} label={topAt.label} />
      )}
    </g>
  );
}
