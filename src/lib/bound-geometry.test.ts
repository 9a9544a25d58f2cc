import { barGeometry, EXTENSION } from './bound-geometry';
import { pointGeometry } from './point-geometry';

const right = { orientation: 'right' as const, zero: 0, value: 200, cross: 50 };
const up = { orientation: 'up' as const, zero: 300, value: 100, cross: 40 };

describe('barGeometry', () => {
  it('draws an exact figure as one solid bar from zero', () => {
    const { parts, chevrons } = barGeometry('exact', right, 20);
    expect(parts).toEqual([{ role: 'body', x: 0, y: 40, width: 200, height: 20 }]);
    expect(chevrons).toEqual([]);
  });

  it('extends a lower bound beyond its value, fading outward, with a chevron', () => {
    const { parts, chevrons } = barGeometry('more-than', right, 20);
    const extension = parts.find((p) => p.role === 'extension');
    expect(extension).toMatchObject({ x: 200, fade: 'right' });
    expect(extension!.width).toBeGreaterThan(EXTENSION);
    expect(chevrons).toHaveLength(1);
    expect(parts.some((p) => p.role === 'cap')).toBe(false);
  });

  it('bars the value of "at least" (it is included) but not of "more than"', () => {
    const caps = barGeometry('at-least', right, 20).parts.filter((p) => p.role === 'cap');
    expect(caps).toHaveLength(1);
    expect(caps[0]!.x + caps[0]!.width / 2).toBe(200);
  });

  it('fades "up to" toward zero and bars its value', () => {
    const { parts } = barGeometry('up-to', right, 20);
    expect(parts.find((p) => p.role === 'body')).toMatchObject({ x: 0, width: 200, fade: 'left' });
    expect(parts.filter((p) => p.role === 'cap')).toHaveLength(1);
  });

  it('draws "between" from the lower end only, barred at both ends', () => {
    const { parts } = barGeometry('between', { ...right, low: 60 }, 20);
    expect(parts.find((p) => p.role === 'body')).toMatchObject({ x: 60, width: 140 });
    expect(parts.filter((p) => p.role === 'cap')).toHaveLength(2);
  });

  it('gives "about" a soft halo at the value', () => {
    const halo = barGeometry('about', right, 20).parts.find((p) => p.role === 'halo');
    expect(halo!.x + halo!.width / 2).toBe(200);
  });

  it('runs a vertical band upward, fading toward zero for "up to"', () => {
    const { parts, box } = barGeometry('up-to', up, 60);
    expect(parts.find((p) => p.role === 'body')).toMatchObject({
      y: 100,
      height: 200,
      fade: 'down',
    });
    expect(box.y).toBeLessThan(100);
    expect(box.y + box.height).toBeGreaterThan(300);
  });
});

describe('pointGeometry', () => {
  it('puts the shape at the value', () => {
    expect(pointGeometry('exact', up, 6).shapes).toEqual([{ x: 40, y: 100 }]);
  });

  it('points a lower bound upward, away from zero', () => {
    const { parts, chevrons } = pointGeometry('more-than', up, 6);
    const extension = parts.find((p) => p.role === 'extension')!;
    expect(extension.fade).toBe('up');
    expect(extension.y + extension.height).toBeLessThan(100);
    expect(chevrons[0]).toMatch(/^M/);
  });

  it('tells "at least" from "more than" by a doubled chevron and a bar, in points and bars alike', () => {
    const more = pointGeometry('more-than', up, 6);
    const least = pointGeometry('at-least', up, 6);
    expect(more.chevrons).toHaveLength(1);
    expect(least.chevrons).toHaveLength(2);
    expect(least.chevrons[0]).not.toBe(least.chevrons[1]);
    expect(more.parts.some((p) => p.role === 'cap')).toBe(false);
    expect(least.parts.filter((p) => p.role === 'cap')).toHaveLength(1);
    expect(barGeometry('more-than', right, 20).chevrons).toHaveLength(1);
    expect(barGeometry('at-least', right, 20).chevrons).toHaveLength(2);
  });

  it('draws a range as a wide bar between long caps, so a short one still reads as a range', () => {
    const { parts } = pointGeometry('between', { ...up, low: 106 }, 6);
    expect(parts.find((p) => p.role === 'body')!.width).toBe(9);
    for (const cap of parts.filter((p) => p.role === 'cap')) expect(cap.width).toBe(22);
  });

  it('runs "up to" down to zero', () => {
    const extension = pointGeometry('up-to', up, 6).parts.find((p) => p.role === 'extension')!;
    expect(extension).toMatchObject({ y: 100, height: 200, fade: 'down' });
  });

  it('marks both ends of a range with the shape', () => {
    const { shapes } = pointGeometry('between', { ...up, low: 160 }, 6);
    expect(shapes).toEqual([
      { x: 40, y: 100 },
      { x: 40, y: 160 },
    ]);
  });

  it('surrounds every part with the focus box', () => {
    const { box, parts } = pointGeometry('more-than', up, 6);
    for (const p of parts) {
      expect(p.y).toBeGreaterThanOrEqual(box.y);
      expect(p.y + p.height).toBeLessThanOrEqual(box.y + box.height);
    }
  });
});
