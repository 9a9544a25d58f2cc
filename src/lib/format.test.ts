import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Figure } from './format';
import {
  claimedWhen,
  describeClaim,
  formatClaimDate,
  formatDate,
  formatFigure,
  formatFigureShort,
  formatPeriod,
  knownFromNote,
} from './format';
import { fixtureDataset } from '../testing/fixture';

const fig = (
  value: number,
  qualifier: Figure['qualifier'],
  unit: string,
  low?: number,
): Figure => ({
  value,
  qualifier,
  unit,
  ...(low === undefined ? {} : { low }),
});

describe('formatFigure and formatFigureShort', () => {
  it.each([
    [fig(12000, 'about', 'troops'), 'about 12,000 troops', '≈12,000'],
    [fig(100, 'more-than', 'killed'), 'more than 100 killed', '>100'],
    [fig(12000, 'at-least', 'troops'), 'at least 12,000 troops', '≥12,000'],
    [fig(5.5e9, 'up-to', 'USD'), 'up to $5.5 billion', '≤$5.5 bn'],
    [fig(5.5e9, 'between', 'USD', 1.7e9), '$1.7–5.5 billion', '$1.7–5.5 bn'],
    [fig(12000, 'between', 'troops', 11000), 'between 11,000 and 12,000 troops', '11,000–12,000'],
    [fig(20000, 'exact', 'containers of munitions'), '20,000 containers of munitions', '20,000'],
    [fig(5e6, 'more-than', 'artillery shells'), 'more than 5 million artillery shells', '>5 mn'],
    [fig(2, 'more-than', 'times the UN annual cap'), 'more than 2 times the UN annual cap', '>2×'],
  ])('%o reads "%s" and "%s"', (figure, words, short) => {
    expect(formatFigure(figure)).toBe(words);
    expect(formatFigureShort(figure)).toBe(short);
  });

  it('never rounds: a number that does not fit a scale exactly is written in full', () => {
    expect(formatFigure(fig(1234567, 'about', 'barrels'))).toBe('about 1,234,567 barrels');
    expect(formatFigureShort(fig(5_500_001, 'exact', 'USD'))).toBe('$5,500,001');
    expect(formatFigure(fig(1_250_000, 'exact', 'barrels'))).toBe('1.25 million barrels');
  });

  it('keeps both ends of a range on one scale, or neither', () => {
    expect(formatFigure(fig(2e9, 'between', 'USD', 750_000_001))).toBe(
      '$750,000,001–2,000,000,000',
    );
  });

  it('keeps decimals as given', () => {
    expect(formatFigure(fig(0.5, 'exact', 'times the cap'))).toBe('0.5 times the cap');
  });
});

describe('dates', () => {
  it('writes full, month and year dates', () => {
    expect(formatDate('2024-12-19')).toBe('19 December 2024');
    expect(formatDate('2024-12-19', 'short')).toBe('19 Dec 2024');
    expect(formatDate('2024-03')).toBe('March 2024');
    expect(formatDate('2018')).toBe('2018');
  });

  it('writes periods', () => {
    expect(formatPeriod({ from: '2024-06-17', to: '2024-06-17' })).toBe('17 June 2024');
    expect(formatPeriod({ from: '2024-03' })).toBe('since March 2024');
    expect(formatPeriod({ to: '2024-12' })).toBe('until December 2024');
    expect(formatPeriod({ from: '2024-03', to: '2024-11' })).toBe('March 2024 to November 2024');
    expect(formatPeriod(undefined)).toBeUndefined();
  });
});

describe('the date of a claim, as precisely as it is known and no more', () => {
  it('writes a day, a month or a year, and never a first day it does not know', () => {
    expect(formatClaimDate({ claimedOn: '2025-06-17' })).toBe('17 June 2025');
    expect(formatClaimDate({ claimedOn: '2025-06' })).toBe('June 2025');
    expect(formatClaimDate({ claimedOn: '2025' })).toBe('2025');
    expect(formatClaimDate({ claimedOn: '2025-06' }, 'short')).toBe('Jun 2025');
    expect(formatClaimDate({ claimedOn: '2025-06' })).not.toMatch(/1 June/);
  });

  it('says "on or before" where only the report carrying a claim is dated', () => {
    expect(formatClaimDate({ claimedBy: '2025-09-02' })).toBe('on or before 2 September 2025');
    expect(formatClaimDate({ claimedBy: '2025-03' })).toBe('in or before March 2025');
    expect(formatClaimDate({ claimedBy: '2025-09-02' }, 'short')).toBe('on or before 2 Sep 2025');
  });

  it('follows a verb: on a day, in a month or a year', () => {
    expect(claimedWhen({ claimedOn: '2025-06-17' })).toBe('on 17 June 2025');
    expect(claimedWhen({ claimedOn: '2025-06' })).toBe('in June 2025');
    expect(claimedWhen({ claimedOn: '2025' })).toBe('in 2025');
    expect(claimedWhen({ claimedBy: '2025-09-02' })).toBe('on or before 2 September 2025');
  });

  it('says from when a loosely dated claim counts as known', () => {
    expect(knownFromNote({ claimedOn: '2025-06-17' })).toBeUndefined();
    expect(knownFromNote({ claimedOn: '2025-06' })).toBe(
      'Dated only to the month (June 2025): counted as known from its last day, 30 June 2025.',
    );
    expect(knownFromNote({ claimedOn: '2025' })).toBe(
      'Dated only to the year (2025): counted as known from its last day, 31 December 2025.',
    );
    expect(knownFromNote({ claimedBy: '2025-09-02' })).toBeUndefined();
    expect(knownFromNote({ claimedBy: '2025-03' })).toBe(
      'Made in or before March 2025: counted as known from 31 March 2025.',
    );
  });
});

describe('describeClaim', () => {
  it('keeps the qualifier, the claimant and the date', () => {
    const claim = fixtureDataset().claims[0]!;
    expect(describeClaim(claim, "South Korea's NIS")).toBe(
      "more than 100 killed, according to South Korea's NIS, 23 December 2024",
    );
  });

  it('keeps a month, a year or a bound as it is known', () => {
    const claim = fixtureDataset().claims[0]!;
    expect(describeClaim({ ...claim, claimedOn: '2025-06' }, 'NIS')).toBe(
      'more than 100 killed, according to NIS, June 2025',
    );
    const bounded = { ...claim, claimedOn: undefined, claimedBy: '2025-09-02' };
    expect(describeClaim(bounded, 'North Korea')).toBe(
      'more than 100 killed, according to North Korea, on or before 2 September 2025',
    );
  });
});

describe('numbers are written as en-GB writes them, whatever their size', () => {
  const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
  const exact = (value: number): Figure => ({ value, qualifier: 'exact', unit: 'troops' });

  it('groups whole numbers exactly as Intl does, never rounding', () => {
    for (const value of [0, 7, 999, 1000, 12_000, 100_000, 999_999, 1_234_567, 2 ** 53 - 1])
      expect(formatFigure(exact(value))).toBe(`${intl.format(value)} troops`);
    expect(formatFigure(exact(1_234_567))).toBe('1,234,567 troops');
    expect(formatFigure(exact(0.5))).toBe('0.5 troops');
    // JSON can write minus zero, and the schema lets it through: it is shown as written.
    expect(formatFigure(exact(-0))).toBe(`${intl.format(-0)} troops`);
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(), fc.maxSafeNat(), fc.double({ min: 0, max: 1e7, noNaN: true })),
        (value) => {
          const words = formatFigure(exact(value));
          if (!/million|billion/.test(words)) expect(words).toBe(`${intl.format(value)} troops`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
