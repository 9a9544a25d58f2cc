import type { Claim, DatasetEvent } from './schema';

/** How precisely a date of the dataset is known: `2025`, `2025-06` or `2025-06-17`. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The days a date of the dataset may stand for: one day, every day of a month, or of a year. */
export interface DateSpan {
  /** First possible day, YYYY-MM-DD. */
  start: string;
  /** Last possible day, YYYY-MM-DD. */
  end: string;
  precision: DatePrecision;
}

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The number of days in a month (1-12) of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025" → 1 January to 31 December 2025; "2025-06" → 1 to 30 June; a day → that day. */
export function dateSpan(date: string): DateSpan {
  const precision = datePrecision(date);
  if (precision === 'day') return { start: date, end: date, precision };
  if (precision === 'month') {
    const last = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return { start: `${date}-01`, end: `${date}-${pad(last)}`, precision };
  }
  return { start: `${date}-01-01`, end: `${date}-12-31`, precision };
}

/**
 * When a claim was made, as the dataset knows it: `on` a day, month or year, or `by` one, when
 * only the report that carries it is dated ("on or before 2 September 2025").
 */
export interface ClaimDate {
  date: string;
  bound: 'on' | 'by';
}

/** Anything dated the way a claim is: on a day, month or year, or on or before one. */
export type Dated = Pick<Claim, 'claimedOn' | 'claimedBy'>;

/** The fields of a claim date read back, from the date and its bound. */
export const datedAs = ({ date, bound }: ClaimDate): Dated =>
  bound === 'on' ? { claimedOn: date } : { claimedBy: date };

/** A validated claim has exactly one of claimedOn and claimedBy. */
export function claimDate(claim: Dated): ClaimDate {
  if (claim.claimedOn !== undefined) return { date: claim.claimedOn, bound: 'on' };
  if (claim.claimedBy !== undefined) return { date: claim.claimedBy, bound: 'by' };
  throw new Error('a claim has neither claimedOn nor claimedBy');
}

/** The date written on a claim, whichever field holds it. */
export const claimDateText = (claim: Dated): string => claimDate(claim).date;

/**
 * The first day by which a claim had certainly been made: its day, the last day of its month or
 * year, or the last day of its "on or before" bound. "Known as of" counts it from then on.
 */
export const knownFrom = (claim: Dated): string => dateSpan(claimDateText(claim)).end;

/** True when the claim had certainly been made by the end of day `asOf` (YYYY-MM-DD). */
export const isKnownBy = (claim: Dated, asOf: string): boolean => knownFrom(claim) <= asOf;

/** An event dated to a month or a year counts as known from the end of it. */
export const eventKnownBy = (event: Pick<DatasetEvent, 'date'>, asOf: string): boolean =>
  dateSpan(event.date).end <= asOf;

/**
 * A key that sorts claims by date, oldest first: by the first day a date may stand for, then the
 * last (a day of June before "June 2025" before a later day), an "on or before" bound just before
 * a claim made on the same date. Plain string order, for speed on large datasets.
 */
export function claimDateKey(claim: Dated): string {
  const { date, bound } = claimDate(claim);
  const { start, end } = dateSpan(date);
  return `${start}${end}${bound === 'by' ? '0' : '1'}`;
}

/** Compares two claims by date, oldest first. */
export const byClaimDate = (a: Dated, b: Dated): number => {
  const x = claimDateKey(a);
  const y = claimDateKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The claim dated last, or undefined for none: the "newest claim" a reader is told about. */
export function newestClaim<T extends Dated>(claims: readonly T[]): T | undefined {
  let newest: T | undefined;
  let key = '';
  for (const claim of claims) {
    const k = claimDateKey(claim);
    if (k > key) {
      key = k;
      newest = claim;
    }
  }
  return newest;
}

/** The claim dated first, or undefined for none. */
export function oldestClaim<T extends Dated>(claims: readonly T[]): T | undefined {
  let oldest: T | undefined;
  let key = '';
  for (const claim of claims) {
    const k = claimDateKey(claim);
    if (oldest === undefined || k < key) {
      key = k;
      oldest = claim;
    }
  }
  return oldest;
}
