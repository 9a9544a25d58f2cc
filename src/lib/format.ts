import type { Claim, Qualifier } from '../dataset/schema';
import { claimDate, datePrecision, knownFrom } from '../dataset/dates';
import { localDate, localFigure, localFigureShort } from '../i18n/format';
import { pageLocale } from '../i18n/locale';
import { localNumber, t } from '../i18n/messages';

/** The part of a claim that says how much: enough to put a figure into words. */
export type Figure = Pick<Claim, 'value' | 'low' | 'qualifier' | 'unit'>;

const WORD_PREFIX: Record<Exclude<Qualifier, 'between'>, string> = {
  exact: '',
  about: 'about ',
  'more-than': 'more than ',
  'at-least': 'at least ',
  'up-to': 'up to ',
};

const SYMBOL: Record<Exclude<Qualifier, 'between'>, string> = {
  exact: '',
  about: '≈',
  'more-than': '>',
  'at-least': '≥',
  'up-to': '≤',
};

/** A sentence with its full stop, not doubled after an abbreviation that has one: "… 2024 р.". */
export const withStop = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/** Text whose sentences end after an abbreviation with its own stop ("2025 р.."), each stop once. */
export const singleStops = (text: string): string => text.replace(/(?<!\.)\.\.(?=\s|$)/g, '.');

/** What each qualifier means, for legends and the data guide. */
export const qualifierMeaning = (qualifier: Qualifier): string =>
  t(`qualifier.meaning.${qualifier}`);

/** A qualifier's name with its symbol: "About (≈)". */
export const qualifierName = (qualifier: Qualifier): string => t(`qualifier.name.${qualifier}`);

interface Scale {
  divisor: number;
  word: string;
  short: string;
}

const SCALES: Scale[] = [
  { divisor: 1e9, word: 'billion', short: 'bn' },
  { divisor: 1e6, word: 'million', short: 'mn' },
];

const SMALLEST_SCALE = Math.min(...SCALES.map((s) => s.divisor));

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });

/** True when n divided by the divisor needs at most two decimals: showing it that way drops nothing. */
function fitsScale(n: number, divisor: number): boolean {
  if (n < divisor) return false;
  const hundredths = (n * 100) / divisor;
  return (
    Number.isInteger(n) &&
    Number.isInteger(Math.round(hundredths)) &&
    Math.round(hundredths) * (divisor / 100) === n
  );
}

/** Picks a scale (million, billion) only when every number shown is exact in it: no silent rounding. */
function scaleFor(value: number, low: number | undefined): Scale | undefined {
  const top = low === undefined ? value : Math.max(value, low);
  if (top < SMALLEST_SCALE) return undefined;
  return SCALES.find(
    (s) =>
      top >= s.divisor &&
      fitsScale(value, s.divisor) &&
      (low === undefined || fitsScale(low, s.divisor)),
  );
}

/** Thousands separated by commas, as en-GB writes them: "12,000". */
function group(n: number): string {
  // Whole numbers below 2^53 print exactly with String(); grouping them by hand is many times
  // faster than Intl, which a dataset of a hundred thousand claims notices.
  if (!Number.isSafeInteger(n) || n < 0 || Object.is(n, -0)) return grouped.format(n);
  const digits = String(n);
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return out;
}

/** A count of things, grouped as en-GB writes it: "10,000". */
export const formatCount = (n: number): string =>
  pageLocale() === 'en' ? group(n) : localNumber(n);

function plain(n: number, scale: Scale | undefined): string {
  return group(scale ? n / scale.divisor : n);
}

const isMoney = (unit: string) => unit === 'USD';
const isMultiple = (unit: string) => unit.startsWith('times ');

/**
 * A claim's figure in words: "about 12,000 troops", "more than 100 killed",
 * "up to $5.5 billion", "$1.7–5.5 billion", "between 11,000 and 12,000 troops".
 */
export function formatFigure(figure: Figure): string {
  const locale = pageLocale();
  if (locale !== 'en') return localFigure(locale, figure);
  const { value, low, qualifier, unit } = figure;
  const money = isMoney(unit);
  const scale = scaleFor(value, qualifier === 'between' ? low : undefined);
  const scaleWord = scale ? ` ${scale.word}` : '';
  const tail = money ? scaleWord : `${scaleWord} ${unit}`;
  const cur = money ? '$' : '';
  if (qualifier === 'between' && low !== undefined) {
    if (money) return `${cur}${plain(low, scale)}–${plain(value, scale)}${tail}`;
    return `between ${plain(low, scale)} and ${plain(value, scale)}${tail}`;
  }
  const prefix = qualifier === 'between' ? '' : WORD_PREFIX[qualifier];
  return `${prefix}${cur}${plain(value, scale)}${tail}`;
}

/** A claim's figure in a few characters for marks and cards: "≈12,000", ">100", "≤$5.5 bn", "$1.7–5.5 bn". */
export function formatFigureShort(figure: Figure): string {
  const locale = pageLocale();
  if (locale !== 'en') return localFigureShort(locale, figure);
  const { value, low, qualifier, unit } = figure;
  const scale = scaleFor(value, qualifier === 'between' ? low : undefined);
  const suffix = (scale ? ` ${scale.short}` : '') + (isMultiple(unit) ? '×' : '');
  const cur = isMoney(unit) ? '$' : '';
  if (qualifier === 'between' && low !== undefined)
    return `${cur}${plain(low, scale)}–${plain(value, scale)}${suffix}`;
  const symbol = qualifier === 'between' ? '' : SYMBOL[qualifier];
  return `${symbol}${cur}${plain(value, scale)}${suffix}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-12-19" → "19 December 2024"; "2024-03" → "March 2024"; "2018" → "2018". */
export function formatDate(date: string, style: 'long' | 'short' = 'long'): string {
  if (pageLocale() !== 'en') return localDate(date, style);
  if (date.length === 10 && date[4] === '-' && date[7] === '-') {
    // A whole day, the usual case, without splitting.
    const name = MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
    const monthText = style === 'short' ? name.slice(0, 3) : name;
    return `${Number(date.slice(8))} ${monthText} ${date.slice(0, 4)}`;
  }
  const [year, month, day] = date.split('-');
  if (month === undefined) return year ?? date;
  const name = MONTHS[Number(month) - 1] ?? month;
  const monthText = style === 'short' ? name.slice(0, 3) : name;
  return day === undefined ? `${monthText} ${year}` : `${Number(day)} ${monthText} ${year}`;
}

/** The span a figure covers, in words: "17 June 2024", "since March 2024", "March 2024 to November 2024". */
export function formatPeriod(period: Claim['period']): string | undefined {
  if (period === undefined) return undefined;
  const { from, to } = period;
  if (from !== undefined && to !== undefined)
    return from === to
      ? formatDate(from)
      : t('period.range', { from: formatDate(from), to: formatDate(to) });
  if (from !== undefined) return t('period.since', { date: formatDate(from) });
  if (to !== undefined) return t('period.until', { date: formatDate(to) });
  return undefined;
}

type Dated = Pick<Claim, 'claimedOn' | 'claimedBy'>;

/**
 * When a claim was made, as precisely as it is known and no more: "2 September 2025",
 * "June 2025", "2025", "on or before 2 September 2025", "in or before June 2025".
 */
export function formatClaimDate(claim: Dated, style: 'long' | 'short' = 'long'): string {
  const { date, bound } = claimDate(claim);
  const text = formatDate(date, style);
  if (bound === 'on') return text;
  return t(datePrecision(date) === 'day' ? 'date.onOrBefore' : 'date.inOrBefore', { date: text });
}

/** A date as it follows a verb: "on 2 September 2025", "in June 2025", "in 2025". */
export const whenText = (date: string): string =>
  t(datePrecision(date) === 'day' ? 'when.day' : 'when.other', { date: formatDate(date) });

/** The date of a claim as it follows a verb: "on 2 September 2025", "in June 2025", "on or before …". */
export function claimedWhen(claim: Dated): string {
  const { date, bound } = claimDate(claim);
  return bound === 'by' ? formatClaimDate(claim) : whenText(date);
}

/**
 * Why a claim dated to a month or a year, or only "on or before" a day, counts as known later
 * than its date suggests; undefined for a claim dated to the day.
 */
export function knownFromNote(claim: Dated): string | undefined {
  const { date, bound } = claimDate(claim);
  const from = formatDate(knownFrom(claim));
  if (bound === 'by')
    return datePrecision(date) === 'day'
      ? undefined
      : singleStops(t('known.byBefore', { date: formatDate(date), from }));
  if (datePrecision(date) === 'day') return undefined;
  const span = datePrecision(date) === 'month' ? 'known.month' : 'known.year';
  return singleStops(t(span, { date: formatDate(date), from }));
}

/** A claim as one sentence that keeps its qualifier, claimant and date. */
export function describeClaim(claim: Claim, claimantName: string): string {
  return t('claim.according', {
    figure: formatFigure(claim),
    claimant: claimantName,
    date: formatClaimDate(claim),
  });
}
