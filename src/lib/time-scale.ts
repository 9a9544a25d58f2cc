import { dateSpan } from '../dataset/dates';
import { formatDate } from './format';

/** One day in UTC milliseconds. */
export const DAY = 86_400_000;

/**
 * A date of the dataset (YYYY, YYYY-MM or YYYY-MM-DD) as UTC milliseconds. A partial date names a
 * span: `edge` picks its first day ("since March 2024") or its last ("until September 2023").
 */
export function dateToTime(date: string, edge: 'start' | 'end' = 'start'): number {
  // The common case, a whole day, without splitting: charts place every claim through here.
  if (date.length === 10 && date[4] === '-' && date[7] === '-')
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
  const [y = NaN, m, d] = date.split('-').map(Number);
  if (d !== undefined && m !== undefined) return Date.UTC(y, m - 1, d);
  if (m !== undefined) return edge === 'start' ? Date.UTC(y, m - 1, 1) : Date.UTC(y, m, 0);
  return edge === 'start' ? Date.UTC(y, 0, 1) : Date.UTC(y, 11, 31);
}

/**
 * The moment a day ends (the next day's start), UTC milliseconds: where a "known as of" date
 * closes the record.
 */
export const endOfDay = (date: string): number => dateToTime(date) + DAY;

/** UTC milliseconds back to YYYY-MM-DD. */
export function timeToDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Days between two dates of the dataset (b after a gives a positive number). */
export const daysBetween = (a: string, b: string) => (dateToTime(b) - dateToTime(a)) / DAY;

/** The first day of every `step`-th month from the month of `from` up to `to`, for axis ticks. */
export function monthTicks(from: number, to: number, step = 1): number[] {
  const start = new Date(from);
  const ticks: number[] = [];
  for (let i = 0; ; i += step) {
    const t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + i, 1);
    if (t > to) return ticks;
    if (t >= from) ticks.push(t);
  }
}

/** An axis tick as a short month ("Jan 2025"), or as a year alone when `yearsOnly`. */
export function formatTimeTick(time: number, yearsOnly = false): string {
  const date = timeToDate(time);
  return yearsOnly ? date.slice(0, 4) : formatDate(date.slice(0, 7), 'short');
}

/** Where a claim stands on a time axis, and the days its date may stand for when that is more than one. */
export interface TimePlacement {
  /** UTC milliseconds of the mark: the day, or the middle of the month or year. */
  time: number;
  /** For a date known to the month or year: from its first day to the end of its last. */
  span?: readonly [number, number];
  /** The claim was made on or before `time` ("claimedBy"): drawn reaching back from it. */
  before?: boolean;
}

/**
 * Places a dated claim on a time axis: a day at that day; a month or a year across all of it,
 * the mark in its middle, never on its first day; an "on or before" date at that date, reaching
 * back from it.
 */
export function placeDate(date: string, bound: 'on' | 'by' = 'on'): TimePlacement {
  const { start, end, precision } = dateSpan(date);
  const from = dateToTime(start);
  const to = dateToTime(end) + DAY;
  if (bound === 'by') return { time: precision === 'day' ? from : to - DAY, before: true };
  if (precision === 'day') return { time: from };
  return { time: from + (to - from) / 2, span: [from, to] };
}

/** An average month, for widths of a time axis (not for calendar arithmetic). */
export const MONTH = 30.44 * DAY;

/**
 * The first day of the month at or before `time` whose number is a multiple of `step`: ticks on
 * January, April, July and October for a step of three.
 */
export function calendarStart(time: number, step: number) {
  const date = new Date(time);
  const month = date.getUTCMonth();
  return Date.UTC(date.getUTCFullYear(), month - (month % step), 1);
}
