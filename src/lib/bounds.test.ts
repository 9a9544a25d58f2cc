import { boundExtent, isLowerBound, niceCeiling, valueAxisTop, valueTicks } from './bounds';
import { formatAxisValue } from './axis-format';

const figure = (
  qualifier: Parameters<typeof boundExtent>[0]['qualifier'],
  value: number,
  low?: number,
) => ({
  qualifier,
  value,
  low,
  unit: 'killed',
});

describe('boundExtent', () => {
  it('opens lower bounds above their value', () => {
    expect(boundExtent(figure('more-than', 100))).toEqual({ low: 100, high: 100, openAbove: true });
    expect(boundExtent(figure('at-least', 100)).openAbove).toBe(true);
    expect(isLowerBound('at-least') && isLowerBound('more-than')).toBe(true);
    expect(isLowerBound('up-to')).toBe(false);
  });

  it('runs "up to" down to zero and "between" down to its lower end', () => {
    expect(boundExtent(figure('up-to', 5.5e9))).toEqual({ low: 0, high: 5.5e9, openAbove: false });
    expect(boundExtent(figure('between', 5.5e9, 1.7e9))).toEqual({
      low: 1.7e9,
      high: 5.5e9,
      openAbove: false,
    });
  });

  it('keeps exact and approximate figures at their value', () => {
    expect(boundExtent(figure('about', 300))).toEqual({ low: 300, high: 300, openAbove: false });
  });
});

describe('value axis', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(73)).toBe(100);
    expect(niceCeiling(255)).toBe(500);
    expect(niceCeiling(2000)).toBe(2000);
    expect(niceCeiling(2100)).toBe(2500);
    expect(niceCeiling(0)).toBe(1);
  });

  it('leaves room above an open-ended claim', () => {
    expect(valueAxisTop([figure('more-than', 4000)])).toBeGreaterThan(4000 * 1.25);
    expect(valueAxisTop([figure('exact', 4000)])).toBe(5000);
    expect(valueAxisTop([figure('more-than', 4000), figure('about', 4700)])).toBe(6000);
  });

  it('ticks evenly from zero to the top', () => {
    expect(valueTicks(5000)).toEqual([0, 2000, 4000]);
    expect(valueTicks(6e9)).toEqual([0, 2e9, 4e9, 6e9]);
    expect(valueTicks(1e6, 4)).toEqual([0, 250000, 500000, 750000, 1e6]);
  });

  it('writes ticks compactly, money with a dollar sign', () => {
    expect(formatAxisValue(2500)).toBe('2,500');
    expect(formatAxisValue(5e6)).toBe('5 mn');
    expect(formatAxisValue(1.5e9, true)).toBe('$1.5 bn');
  });
});
