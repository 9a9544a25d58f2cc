import type { Qualifier } from '../dataset/schema';

/**
 * The one encoding of qualifiers, as geometry: a pure function of pixel positions, so the same
 * picture comes out in every chart and can be tested without rendering.
 *
 *   exact      solid
 *   about      a soft halo around the value
 *   more-than  an extension that fades out beyond the value, ending in an open chevron
 *   at-least   the same with a doubled chevron (as in "≥"), and a bar across the value (the
 *              value itself is included)
 *   up-to      fades from the value down toward zero, with a bar across the value
 *   between    a solid interval from the lower end to the value, barred at both ends
 */

/** Which way the value axis grows on screen. */
export type Orientation = 'up' | 'right';
/** The direction in which a part fades to nothing. */
export type Fade = 'up' | 'down' | 'left' | 'right';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MarkPart extends Box {
  /**
   * body: the figure; halo: "about"; extension: beyond a lower bound; cap: a bar across a bound;
   * when: the days a date known only to the month or year may stand for, or the time before an
   * "on or before" date.
   */
  role: 'body' | 'halo' | 'extension' | 'cap' | 'when';
  fade?: Fade;
}

export interface MarkGeometry {
  parts: MarkPart[];
  /** Open chevrons at the end of extensions, as SVG paths. */
  chevrons: string[];
  /** Where to draw the series' shape (points only). */
  shapes: { x: number; y: number }[];
  /** What a focus or selection ring surrounds. */
  box: Box;
}

/** Pixels a lower bound's arrow reaches beyond its value. */
export const EXTENSION = 26;

export interface Axis {
  orientation: Orientation;
  /** Pixel of zero on the value axis. */
  zero: number;
  /** Pixel of the value. */
  value: number;
  /** Pixel of the lower end, for "between". */
  low?: number;
  /** Pixel of the middle of the mark across the value axis. */
  cross: number;
}

/** A rectangle from v0 to v1 along the value axis and c0 to c1 across it. */
export function span(o: Orientation, v0: number, v1: number, c0: number, c1: number): Box {
  const [a, b] = v0 <= v1 ? [v0, v1] : [v1, v0];
  const [c, d] = c0 <= c1 ? [c0, c1] : [c1, c0];
  return o === 'up'
    ? { x: c, y: a, width: d - c, height: b - a }
    : { x: a, y: c, width: b - a, height: d - c };
}

export const outwardFade = (o: Orientation): Fade => (o === 'up' ? 'up' : 'right');
export const inwardFade = (o: Orientation): Fade => (o === 'up' ? 'down' : 'left');
/** +1 when bigger values sit at bigger pixels (a bar growing right), -1 when they sit higher up. */
export const sign = (o: Orientation) => (o === 'up' ? -1 : 1);

/** Pixels between the two chevrons of an "at least" mark, which a "more than" has one of. */
export const AT_LEAST_GAP = 5;

export function chevron(o: Orientation, v: number, c: number): string {
  const s = sign(o);
  const back = v - s * 6;
  return o === 'up'
    ? `M${c - 6} ${back} L${c} ${v} L${c + 6} ${back}`
    : `M${back} ${c - 6} L${v} ${c} L${back} ${c + 6}`;
}

export function cap(o: Orientation, v: number, cross: number, length: number): MarkPart {
  return { role: 'cap', ...span(o, v - 1.5, v + 1.5, cross - length / 2, cross + length / 2) };
}

function boundingBox(boxes: readonly Box[], pad: number): Box {
  const x0 = Math.min(...boxes.map((b) => b.x)) - pad;
  const y0 = Math.min(...boxes.map((b) => b.y)) - pad;
  const x1 = Math.max(...boxes.map((b) => b.x + b.width)) + pad;
  const y1 = Math.max(...boxes.map((b) => b.y + b.height)) + pad;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function finish(
  parts: MarkPart[],
  chevrons: string[],
  shapes: MarkGeometry['shapes'],
  r: number,
) {
  const shapeBoxes = shapes.map((p) => ({ x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r }));
  return { parts, chevrons, shapes, box: boundingBox([...parts, ...shapeBoxes], 3) };
}

/** A bar from zero (or from the lower end) to the value, `thickness` pixels across. */
export function barGeometry(q: Qualifier, axis: Axis, thickness: number): MarkGeometry {
  const { orientation: o, zero, value, cross } = axis;
  const c0 = cross - thickness / 2;
  const c1 = cross + thickness / 2;
  const s = sign(o);
  const capLength = thickness + 10;
  const parts: MarkPart[] = [];
  const chevrons: string[] = [];
  switch (q) {
    case 'exact':
      parts.push({ role: 'body', ...span(o, zero, value, c0, c1) });
      break;
    case 'about':
      parts.push({ role: 'body', ...span(o, zero, value, c0, c1) });
      parts.push({ role: 'halo', ...span(o, value - 7, value + 7, c0 - 4, c1 + 4) });
      break;
    case 'more-than':
    case 'at-least':
      parts.push({ role: 'body', ...span(o, zero, value, c0, c1) });
      parts.push({
        role: 'extension',
        fade: outwardFade(o),
        ...span(o, value, value + s * EXTENSION * 1.6, c0, c1),
      });
      chevrons.push(chevron(o, value + s * EXTENSION * 1.6, cross));
      if (q === 'at-least') {
        chevrons.push(chevron(o, value + s * (EXTENSION * 1.6 - AT_LEAST_GAP), cross));
        parts.push(cap(o, value, cross, capLength));
      }
      break;
    case 'up-to':
      parts.push({ role: 'body', fade: inwardFade(o), ...span(o, zero, value, c0, c1) });
      parts.push(cap(o, value, cross, capLength));
      break;
    case 'between': {
      const low = axis.low ?? value;
      parts.push({ role: 'body', ...span(o, low, value, c0, c1) });
      parts.push(cap(o, low, cross, capLength), cap(o, value, cross, capLength));
      break;
    }
  }
  return finish(parts, chevrons, [], 0);
}
