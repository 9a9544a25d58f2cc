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

/** About the width of a label's character at the label's size, for telling whether it fits. */
const CHAR_WIDTH = 7.2;
const LABEL_HEIGHT = 14;

/**
 * The marks whose label fits, each with where it goes: inside the plot, clear of the labels
 * already placed and of every other mark, on the side it would go to or else the other. The
 * report's figures go first, then the others in the rows' order.
 */
function labelsWithRoom(
  rows: readonly TimeMarkRow[],
  place: (row: TimeMarkRow) => Placed | null,
  plot: { x: number; y: number; width: number; height: number },
): Map<string, Placed['label']> {
  const placed = rows.flatMap((row) => {
    const at = place(row);
    return at === null ? [] : [{ row, at }];
  });
  const marks = placed.map(({ at }) => at.geometry.box);
  type Box = (typeof marks)[number];
  const taken: Box[] = [];
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const order = [...placed].sort((a, b) => Number(b.row.inReport) - Number(a.row.inReport));
  const out = new Map<string, Placed['label']>();
  for (const { row, at } of order) {
    const own = at.geometry.box;
    const cross = own.x + own.width / 2;
    const flipped = {
      ...at.label,
      x: 2 * cross - at.label.x,
      anchor: at.label.anchor === 'end' ? ('start' as const) : ('end' as const),
    };
    for (const label of [at.label, flipped]) {
      const width = label.text.length * CHAR_WIDTH;
      const x = label.anchor === 'end' ? label.x - width : label.x;
      const box = { x, y: label.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
      const inside =
        box.x >= plot.x && box.x + box.width <= plot.x + plot.width && box.y >= plot.y - 4;
      if (!inside || taken.some((t) => overlaps(t, box))) continue;
      if (marks.some((m) => m !== own && overlaps(m, box))) continue;
      taken.push(box);
      out.set(row.claimId, { ...label, always: true });
      break;
    }
  }
  return out;
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
  /**
   * "all" labels every mark with its short figure; "room" those whose label fits clear of the
   * others and inside the plot; "selected" only the selected or active one.
   */
  labels?: 'all' | 'room' | 'selected';
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
  const roomy = useMemo(
    () =>
      labels === 'room' && placeRow !== null && plot ? labelsWithRoom(rows, placeRow, plot) : null,
    [labels, rows, placeRow, plot],
  );
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
        const label = roomy?.get(row.claimId) ?? at.label;
        return <ClaimMark key={row.claimId} row={row} geometry={at.geometry} r={R} label={label} />;
      })}
      {top && topAt && (
        <SelectedMarkCopy row={top} geometry={topAt.geometry} r={R} label={topAt.label} />
      )}
    </g>
  );
}
