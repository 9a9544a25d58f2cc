import { dodgeSlots } from './dodge';

const dates = (...list: string[]) => dodgeSlots(list, (d) => d, 7);

describe('dodgeSlots', () => {
  it('sets claims of the same day side by side', () => {
    expect(dates('2024-12-23', '2024-12-23')).toEqual([
      { slot: 0, slots: 2 },
      { slot: 1, slots: 2 },
    ]);
  });

  it('chains claims a few days apart into one group', () => {
    expect(dates('2024-12-23', '2024-12-27', '2024-12-30', '2025-01-09')).toEqual([
      { slot: 0, slots: 3 },
      { slot: 1, slots: 3 },
      { slot: 2, slots: 3 },
      { slot: 0, slots: 1 },
    ]);
  });

  it('leaves a lone claim in the middle of its date', () => {
    expect(dates('2025-04-30')).toEqual([{ slot: 0, slots: 1 }]);
    expect(dates()).toEqual([]);
  });

  it('leaves a crowd too large to set side by side at its own dates', () => {
    const crowd = Array.from(
      { length: 12 },
      (_, i) => `2024-12-${String(10 + i).padStart(2, '0')}`,
    );
    expect(dates(...crowd)).toEqual(crowd.map(() => ({ slot: 0, slots: 1 })));
    expect(dates(...crowd.slice(0, 8)).map((s) => s.slots)).toEqual(Array(8).fill(8));
  });
});
