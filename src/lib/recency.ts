import type { Claim } from '../dataset/schema';
import { claimDate, datePrecision } from '../dataset/dates';
import { formatClaimDate, formatDate, withStop } from './format';
import { pageLocale } from '../i18n/locale';
import { t } from '../i18n/messages';

const pad = (n: number) => String(n).padStart(2, '0');

/** The reader's today, YYYY-MM-DD, in their own time zone. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const parts = (date: string) => ({
  y: Number(date.slice(0, 4)),
  m: date.length >= 7 ? Number(date.slice(5, 7)) : 1,
  d: date.length >= 10 ? Number(date.slice(8, 10)) : 1,
});

type Span = 'day' | 'month' | 'year';
const SPAN_MESSAGE = { day: 'age.days', month: 'age.months', year: 'age.years' } as const;

/** "3 months", "1 year", or in the page's language: "3 місяці", "3개월". */
const plural = (n: number, word: Span) =>
  pageLocale() === 'en' ? `${n} ${word}${n === 1 ? '' : 's'}` : t(SPAN_MESSAGE[word], { count: n });

const aboutSpan = (age: string) =>
  pageLocale() === 'en' ? `about ${age}` : t('age.about', { age });

function monthsAndYears(months: number): string {
  if (months < 24) return plural(months, 'month');
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (rest === 0) return plural(years, 'year');
  return pageLocale() === 'en'
    ? `${plural(years, 'year')} and ${plural(rest, 'month')}`
    : t('age.yearsAndMonths', { years: plural(years, 'year'), months: plural(rest, 'month') });
}

/**
 * How long before `today` a date of the dataset lies, in words: "12 days", "15 months",
 * "2 years and 3 months". A date known only to the month or year is counted in whole months or
 * years and said to be "about" that long; undefined when the date is not before today.
 */
export function timeBefore(date: string, today: string, approximate = true): string | undefined {
  const about = (age: string) => (approximate ? aboutSpan(age) : age);
  const a = parts(date);
  const b = parts(today);
  const precision = datePrecision(date);
  if (precision === 'year') {
    const years = b.y - a.y;
    return years < 1 ? undefined : about(plural(years, 'year'));
  }
  const months = (b.y - a.y) * 12 + (b.m - a.m);
  if (precision === 'month') return months < 1 ? undefined : about(monthsAndYears(months));
  const days = Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
  if (days < 1) return undefined;
  if (days < 62) return plural(days, 'day');
  return monthsAndYears(b.d >= a.d ? months : months - 1);
}

type Dated = Pick<Claim, 'claimedOn' | 'claimedBy'>;

/**
 * How long before `today` a claim was made: "15 months before today", "at least 15 months before
 * today" for one made on or before its date, or "… before this export (3 December 2026)" in a
 * file; undefined when it is not before `today`.
 */
export function ageText(claim: Dated, today: string, exported = false): string | undefined {
  const { date, bound } = claimDate(claim);
  const age = timeBefore(date, today);
  if (age === undefined) return undefined;
  if (pageLocale() !== 'en') {
    // Korean and Ukrainian put "at least" on the span's own number, without its "about".
    const least = bound === 'by' ? timeBefore(date, today, false)! : age;
    if (exported)
      return t(bound === 'by' ? 'age.atLeastBeforeExport' : 'age.beforeExport', {
        age: least,
        date: formatDate(today),
      });
    return t(bound === 'by' ? 'age.atLeastBeforeToday' : 'age.beforeToday', { age: least });
  }
  const when = exported ? `this export (${formatDate(today)})` : 'today';
  return `${bound === 'by' ? `at least ${age.replace(/^about /, '')}` : age} before ${when}`;
}

/**
 * "Newest claim 2 September 2025, 15 months before today": what tells a reader the figures are not
 * current. Counted from today on screen, or from the day of an export in a file.
 */
export function recencyText(newest: Dated | undefined, today: string, exported = false): string {
  if (newest === undefined) return t('source.none');
  const age = ageText(newest, today, exported);
  const date = formatClaimDate(newest);
  return withStop(age ? t('recency.newestAge', { date, age }) : t('recency.newest', { date }));
}

/** The same line for a file that outlives the day it was made: "…, 15 months before this export (2 December 2026)." */
export const exportRecencyText = (newest: Dated | undefined, today: string) =>
  recencyText(newest, today, true);
