import type { Qualifier } from '../dataset/schema';
import {
  AT_LEAST_GAP,
  cap,
  chevron,
  EXTENSION,
  finish,
  inwardFade,
  outwardFade,
  sign,
  span,
  type Axis,
  type MarkGeometry,
  type MarkPart,
} from './bound-geometry';

/**
 * When a point's date is not a day, in pixels along the time axis: the span of its month or year,
 * or the moment an "on or before" date ends, the line reaching back from it.
 */
export type When = { from: number; to: number } | { before: number };

/** Pixels an "on or before" line reaches back, and the least width of a drawn span. */
const BEFORE_REACH = 30;
const MIN_SPAN = 8;

/** The bracket of a date span or the fading line of an "on or before" date, at the value. */
function whenParts(when: When, value: number): MarkPart[] {
  const line = (x0: number, x1: number, fade?: MarkPart['fade']): MarkPart => ({
    role: 'when',
    fade,
    ...span('right', x0, x1, value - 1, value + 1),
  });
  const tick = (x: number): MarkPart => ({
    role: 'when',
    ...span('right', x - 0.75, x + 0.75, value - 5, value + 5),
  });
  // Reaching back from the mark, fading out: the claim was made at some time up to its date.
  if ('before' in when) return [line(when.before - BEFORE_REACH, when.before, 'left')];
  const middle = (when.from + when.to) / 2;
  const half = Math.max(when.to - when.from, MIN_SPAN) / 2;
  return [line(middle - half, middle + half), tick(middle - half), tick(middle + half)];
}

/** A point at the value with the series' shape, `r` pixels in radius. */
export function pointGeometry(
  q: Qualifier,
  axis: Axis,
  r: number,
  reach = EXTENSION,
  when?: When,
): MarkGeometry {
  const { orientation: o, zero, value, cross } = axis;
  const s = sign(o);
  const stem = 1.5;
  const parts: MarkPart[] = [];
  const chevrons: string[] = [];
  const shapes = [{ ...(o === 'up' ? { x: cross, y: value } : { x: value, y: cross }) }];
  switch (q) {
    case 'exact':
      break;
    case 'about':
      parts.push({
        role: 'halo',
        ...span(o, value - r * 2, value + r * 2, cross - r * 2, cross + r * 2),
      });
      break;
    case 'more-than':
    case 'at-least': {
      const from = value + s * (r + 1);
      const to = from + s * reach;
      parts.push({
        role: 'extension',
        fade: outwardFade(o),
        ...span(o, from, to, cross - stem, cross + stem),
      });
      chevrons.push(chevron(o, to, cross));
      if (q === 'at-least') {
        chevrons.push(chevron(o, to - s * AT_LEAST_GAP, cross));
        parts.push(cap(o, value, cross, 2 * r + 10));
      }
      break;
    }
    case 'up-to':
      parts.push({
        role: 'extension',
        fade: inwardFade(o),
        ...span(o, zero, value, cross - stem, cross + stem),
      });
      parts.push(cap(o, value, cross, 2 * r + 10));
      break;
    case 'between': {
      const low = axis.low ?? value;
      // A wide bar between two long caps: a range, read as one, even where it is short.
      parts.push({ role: 'body', ...span(o, low, value, cross - 4.5, cross + 4.5) });
      parts.push(cap(o, low, cross, 2 * r + 10), cap(o, value, cross, 2 * r + 10));
      shapes.push(o === 'up' ? { x: cross, y: low } : { x: low, y: cross });
      break;
    }
  }
  if (when !== undefined && o === 'up') parts.unshift(...whenParts(when, value));
  return finish(parts, chevrons, shapes, r);
}
