import type { Qualifier } from '../dataset/schema';
import { MAX_MARKS, thinTimeMarks } from './thin-marks';

const DAY = 86_400_000;
const domain: [number, number] = [0, 1000 * DAY];

const look = {
  low: undefined,
  confidence: 'high',
  derived: false,
  series: { colour: 0, shape: 'circle' },
} as const;

function rows(n: number, qualifiers: Qualifier[] = ['exact']) {
  let seed = 3;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  return Array.from({ length: n }, (_, i) => ({
    claimId: `claim-${i}`,
    time: Math.floor(next() * 1000) * DAY,
    value: Math.floor(next() * 100_000),
    qualifier: qualifiers[i % qualifiers.length]!,
    ...look,
  }));
}

describe('thinTimeMarks', () => {
  it('draws every mark, in order, up to the limit', () => {
    const few = rows(MAX_MARKS);
    const { drawn, total } = thinTimeMarks(few, domain, 100_000);
    expect(drawn).toEqual(few);
    expect(total).toBe(MAX_MARKS);
  });

  it('draws at most the limit of a dense chart, each an untouched mark of the input, in order', () => {
    const many = rows(10_000, ['exact', 'about', 'more-than']);
    const { drawn, total, step } = thinTimeMarks(many, domain, 100_000);
    expect(total).toBe(10_000);
    expect(step).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(drawn.length).toBeGreaterThan(MAX_MARKS / 2);
    const position = new Map(many.map((row, i) => [row, i]));
    const indexes = drawn.map((row) => position.get(row));
    expect(indexes.every((i) => i !== undefined)).toBe(true);
    expect(indexes).toEqual([...indexes].sort((a, b) => a! - b!));
    // One in n keeps the spread over time: each tenth of the axis keeps about its share.
    for (let tenth = 0; tenth < 10; tenth++) {
      const inside = (r: (typeof many)[number]) => Math.floor(r.time / (100 * DAY)) === tenth;
      const share = drawn.filter(inside).length / drawn.length;
      expect(Math.abs(share - many.filter(inside).length / many.length)).toBeLessThan(0.03);
    }
  });

  it('first draws once the marks that would overlap, and hides no other', () => {
    // 5,000 claims on 40 days and 10 values: at most 800 places, each drawn once.
    const crowded = rows(5_000, ['exact', 'up-to']).map((row, i) => ({
      ...row,
      time: (i % 40) * 20 * DAY,
      value: ((i * 7) % 10) * 10_000,
    }));
    const { drawn, step } = thinTimeMarks(crowded, domain, 100_000);
    expect(step).toBe(1);
    const place = (r: (typeof crowded)[number]) => `${r.time}:${r.value}:${r.qualifier}`;
    const drawnPlaces = drawn.map(place);
    expect(new Set(drawnPlaces).size).toBe(drawn.length);
    expect(new Set(drawnPlaces)).toEqual(new Set(crowded.map(place)));
  });

  it('always draws the marks it is told to keep', () => {
    const many = rows(10_000);
    const kept = new Set(['claim-9999', 'claim-4242']);
    const { drawn } = thinTimeMarks(many, domain, 100_000, (id) => kept.has(id));
    expect(drawn.filter((d) => kept.has(d.claimId)).map((d) => d.claimId)).toEqual([
      'claim-4242',
      'claim-9999',
    ]);
  });

  it('thins identical marks down to one', () => {
    const same = Array.from({ length: 2_000 }, (_, i) => ({
      claimId: `c${i}`,
      time: 5 * DAY,
      value: 10,
      qualifier: 'about' as const,
      ...look,
    }));
    expect(thinTimeMarks(same, domain, 100).drawn).toEqual([same[0]]);
  });

  it('never merges marks that look different: another range, series, confidence or outline', () => {
    const base = { time: 5 * DAY, value: 1_000, qualifier: 'between' as const, ...look };
    const variants = [
      { low: 0 },
      { low: 900 },
      { low: 0, series: { colour: 1, shape: 'square' as const } },
      { low: 0, confidence: 'low' as const },
      { low: 0, derived: true },
    ];
    // Many copies of each: each look is drawn once, and no look is lost.
    const many = Array.from({ length: 2_000 }, (_, i) => ({
      ...base,
      ...variants[i % variants.length]!,
      claimId: `c${i}`,
    }));
    const { drawn, step } = thinTimeMarks(many, domain, 1_000);
    expect(step).toBe(1);
    expect(drawn.map((d) => d.claimId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
  });

  it('adds a kept mark without changing which others are drawn', () => {
    const pairs = rows(3_000).flatMap((row) => [row, { ...row, claimId: `${row.claimId}-twin` }]);
    const before = thinTimeMarks(pairs, domain, 100_000);
    const after = thinTimeMarks(pairs, domain, 100_000, (id) => id === 'claim-7-twin');
    expect(after.step).toBe(before.step);
    expect(after.drawn.filter((d) => d.claimId !== 'claim-7-twin')).toEqual(before.drawn);
    expect(after.drawn.map((d) => d.claimId)).toContain('claim-7-twin');
  });
});
