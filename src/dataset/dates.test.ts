import { describe, expect, it } from 'vitest';
import {
  byClaimDate,
  claimDate,
  claimDateKey,
  dateSpan,
  eventKnownBy,
  isKnownBy,
  knownFrom,
  newestClaim,
  oldestClaim,
} from './dates';

const on = (claimedOn: string, id = claimedOn) => ({ id, claimedOn });
const by = (claimedBy: string, id = `by-${claimedBy}`) => ({ id, claimedBy });

describe('dates as precisely as they are known', () => {
  it('spans a whole year, a whole month or one day', () => {
    expect(dateSpan('2025')).toEqual({ start: '2025-01-01', end: '2025-12-31', precision: 'year' });
    expect(dateSpan('2025-06')).toEqual({
      start: '2025-06-01',
      end: '2025-06-30',
      precision: 'month',
    });
    expect(dateSpan('2024-02').end).toBe('2024-02-29');
    expect(dateSpan('2023-02').end).toBe('2023-02-28');
    expect(dateSpan('2025-06-17')).toEqual({
      start: '2025-06-17',
      end: '2025-06-17',
      precision: 'day',
    });
  });

  it('reads "on" a date or "by" a date, whichever the claim has', () => {
    expect(claimDate(on('2025-06'))).toEqual({ date: '2025-06', bound: 'on' });
    expect(claimDate(by('2025-09-02'))).toEqual({ date: '2025-09-02', bound: 'by' });
    expect(() => claimDate({})).toThrow();
  });

  it('counts a month or a year as known only from its last day', () => {
    expect(knownFrom(on('2025-06-17'))).toBe('2025-06-17');
    expect(knownFrom(on('2025-06'))).toBe('2025-06-30');
    expect(knownFrom(on('2025'))).toBe('2025-12-31');
    expect(knownFrom(by('2025-09-02'))).toBe('2025-09-02');
    expect(isKnownBy(on('2025-06'), '2025-06-29')).toBe(false);
    expect(isKnownBy(on('2025-06'), '2025-06-30')).toBe(true);
    expect(isKnownBy(on('2025'), '2025-12-30')).toBe(false);
    expect(isKnownBy(on('2025-06-17'), '2025-06-17')).toBe(true);
    expect(isKnownBy(by('2025-09-02'), '2025-09-01')).toBe(false);
    expect(eventKnownBy({ date: '2025-03' }, '2025-03-15')).toBe(false);
    expect(eventKnownBy({ date: '2025-03' }, '2025-03-31')).toBe(true);
  });

  it('sorts a day of a month before the month, and the month before later days', () => {
    const claims = [
      on('2025-06-17'),
      on('2025'),
      on('2025-06'),
      on('2025-06-01'),
      by('2025-06-01'),
    ];
    expect([...claims].sort(byClaimDate).map((c) => c.id)).toEqual([
      '2025',
      'by-2025-06-01',
      '2025-06-01',
      '2025-06',
      '2025-06-17',
    ]);
    expect(claimDateKey(on('2025-06')) < claimDateKey(on('2025-06-02'))).toBe(true);
  });

  it('finds the newest and the oldest claim', () => {
    const claims = [on('2025'), on('2025-09-02', 'newest'), by('2025-09-02'), on('2024-03')];
    expect(newestClaim(claims)?.id).toBe('newest');
    expect(oldestClaim(claims)?.id).toBe('2024-03');
    expect(newestClaim([])).toBeUndefined();
  });
});
