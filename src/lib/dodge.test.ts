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
});
