import { dateToTime, daysBetween, formatTimeTick, monthTicks, timeToDate } from './time-scale';

describe('dateToTime', () => {
  it('reads full dates as UTC midnight', () => {
    expect(timeToDate(dateToTime('2024-06-17'))).toBe('2024-06-17');
  });

  it('places a month or a year at its first or last day', () => {
    expect(timeToDate(dateToTime('2023-09'))).toBe('2023-09-01');
    expect(timeToDate(dateToTime('2023-09', 'end'))).toBe('2023-09-30');
    expect(timeToDate(dateToTime('2024-02', 'end'))).toBe('2024-02-29');
    expect(timeToDate(dateToTime('2018'))).toBe('2018-01-01');
    expect(timeToDate(dateToTime('2018', 'end'))).toBe('2018-12-31');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-12-23', '2024-12-30')).toBe(7);
  });
});

describe('monthTicks', () => {
  it('lists the first day of every step-th month inside the range', () => {
    const ticks = monthTicks(dateToTime('2024-10-01'), dateToTime('2025-09-30'), 3);
    expect(ticks.map(timeToDate)).toEqual(['2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01']);
  });

  it('skips a month that starts before the range', () => {
    const ticks = monthTicks(dateToTime('2024-10-05'), dateToTime('2024-12-31'));
    expect(ticks.map(timeToDate)).toEqual(['2024-11-01', '2024-12-01']);
  });
});

describe('formatTimeTick', () => {
  it('writes a short month, or the year alone', () => {
    expect(formatTimeTick(dateToTime('2025-01-01'))).toBe('Jan 2025');
    expect(formatTimeTick(dateToTime('2025-01-01'), true)).toBe('2025');
  });
});
