import type { Qualifier } from '../dataset/schema';
import {
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

/** A point at the value with the series' shape, `r` pixels in radius. */
export function pointGeometry(
  q: Qualifier,
  axis: Axis,
  r: number,
  reach = EXTENSION,
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
      if (q === 'at-least') parts.push(cap(o, value, cross, 2 * r + 10));
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
      parts.push({ role: 'body', ...span(o, low, value, cross - 3, cross + 3) });
      parts.push(cap(o, low, cross, 2 * r + 6), cap(o, value, cross, 2 * r + 6));
      shapes.push(o === 'up' ? { x: cross, y: low } : { x: low, y: cross });
      break;
    }
  }
  return finish(parts, chevrons, shapes, r);
}
