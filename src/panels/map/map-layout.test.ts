import { describe, expect, it } from 'vitest';
import { INSETS_FROM, mapLayout, rectOf, STACK_BELOW, viewAt } from './map-layout';

describe('mapLayout', () => {
  it('stacks the views on a narrow stage, the border region first, inside the stage', () => {
    const layout = mapLayout({ width: 358, height: 609 });
    expect(layout.kind).toBe('stacked');
    expect(layout.views.map((v) => v.id)).toEqual(['border', 'front', 'overview']);
    let bottom = -1;
    for (const v of layout.views) {
      expect(v.x).toBe(0);
      expect(v.width).toBe(358);
      expect(v.y).toBeGreaterThan(bottom);
      bottom = v.y + v.height;
    }
    expect(bottom).toBe(609);
  });

  it('floats the details over the overview on a wide stage, and fits the overview beside them', () => {
    const layout = mapLayout({ width: 1290, height: 560 });
    expect(layout.kind).toBe('insets');
    const overview = rectOf(layout, 'overview');
    const border = rectOf(layout, 'border');
    const front = rectOf(layout, 'front');
    expect(overview).toMatchObject({ x: 0, y: 0, width: 1290, height: 560 });
    expect(border.x + border.width).toBeLessThan(1290);
    expect(front.y).toBeGreaterThan(border.y + border.height);
    expect(front.y + front.height).toBeLessThan(560);
    // The overview's places are fitted to the room left of the insets.
    expect(overview.padding.right).toBeGreaterThan(border.width);
  });

  it('switches at the width the stage’s container query uses, then to insets on wide stages', () => {
    expect(mapLayout({ width: STACK_BELOW - 1, height: 900 }).kind).toBe('stacked');
    expect(mapLayout({ width: STACK_BELOW, height: 500 }).kind).toBe('grid');
    expect(mapLayout({ width: INSETS_FROM, height: 500 }).kind).toBe('insets');
  });

  it('puts the overview above the two details on a middling stage', () => {
    const layout = mapLayout({ width: 628, height: 560 });
    const overview = rectOf(layout, 'overview');
    const border = rectOf(layout, 'border');
    const front = rectOf(layout, 'front');
    expect(border.y).toBeGreaterThan(overview.y + overview.height);
    expect(front.x).toBeGreaterThan(border.x + border.width);
    expect(front.x + front.width).toBe(628);
  });

  it('finds the view under a point, an inset before the overview beneath it', () => {
    const layout = mapLayout({ width: 1290, height: 560 });
    const border = rectOf(layout, 'border');
    expect(viewAt(layout, border.x + 5, border.y + 5)).toBe('border');
    expect(viewAt(layout, 10, 10)).toBe('overview');
    expect(viewAt(layout, 2000, 10)).toBeUndefined();
  });
});
