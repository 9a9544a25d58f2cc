import type { Qualifier } from '../dataset/schema';
import { MAX_MARKS, thinTimeMarks } from './thin-marks';

const DAY = 86_400_000;
const domain: [number, number] = [0, 1000 * DAY];

function rows(n: number, qualifiers: Qualifier[] = ['exact']) {
  let seed = 3;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  return Array.from({ length: n }, (_, i) => ({
    claimId: `claim-${i}`,
    time: Math.floor(next() * 1000) * DAY,
    value: Math.floor(next() * 100_000),
    qualifier: qualifiers[i % qualifiers.length]!,
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
    }));
    expect(thinTimeMarks(same, domain, 100).drawn).toEqual([same[0]]);
  });
});
