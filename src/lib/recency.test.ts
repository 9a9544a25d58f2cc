import { describe, expect, it } from 'vitest';
import { ageText, exportRecencyText, recencyText, timeBefore, todayIso } from './recency';

describe('how recent the newest claim is', () => {
  it('counts days, then whole months, then years and months', () => {
    expect(timeBefore('2025-09-02', '2025-09-02')).toBeUndefined();
    expect(timeBefore('2025-09-02', '2025-09-03')).toBe('1 day');
    expect(timeBefore('2025-09-02', '2025-10-20')).toBe('48 days');
    expect(timeBefore('2025-09-02', '2026-12-02')).toBe('15 months');
    expect(timeBefore('2025-09-02', '2026-12-01')).toBe('14 months');
    expect(timeBefore('2024-09-02', '2026-12-02')).toBe('2 years and 3 months');
    expect(timeBefore('2023-12-02', '2026-12-02')).toBe('3 years');
  });

  it('says "about" for a date known to the month or year', () => {
    expect(timeBefore('2025-09', '2026-12-02')).toBe('about 15 months');
    expect(timeBefore('2025', '2026-12-02')).toBe('about 1 year');
    expect(timeBefore('2026', '2026-12-02')).toBeUndefined();
  });

  it('words the header line and the line of an export', () => {
    const newest = { claimedOn: '2025-09-02' };
    expect(recencyText(newest, '2026-12-02')).toBe(
      'Newest claim 2 September 2025, 15 months before today.',
    );
    expect(exportRecencyText(newest, '2026-12-02')).toBe(
      'Newest claim 2 September 2025, 15 months before this export (2 December 2026).',
    );
    expect(recencyText(undefined, '2026-12-02')).toBe('No claim is shown.');
  });

  it('says "at least" for a claim made on or before its date', () => {
    expect(ageText({ claimedBy: '2025-09-02' }, '2026-12-02')).toBe(
      'at least 15 months before today',
    );
    expect(ageText({ claimedBy: '2025-09' }, '2026-12-02')).toBe('at least 15 months before today');
  });

  it('takes today in the reader’s own time zone', () => {
    expect(todayIso(new Date(2026, 11, 2, 23, 59))).toBe('2026-12-02');
  });
});
