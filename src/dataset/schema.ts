import * as z from 'zod/mini';
import type { ProblemId } from './problem';

/** The qualifiers a claim may carry, from the most to the least precise. */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'up-to', 'between'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const PRECISIONS = ['exact', 'approximate', 'city', 'region'] as const;
/** What a source is: its own reporting, or another outlet's carried on. */
export const SOURCE_KINDS = ['report', 'copy', 'summary', 'aggregator', 'reference'] as const;
/** The version this dashboard writes; older versions are migrated when they are read. */
export const SCHEMA_VERSION = 3;
/** The languages besides English that names in the dataset may be given in. */
export const NAME_LANGUAGES = ['uk', 'ko'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A year, a month or a day: periods are often reported as "since March 2024". */
const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True for a real day of the Gregorian calendar written as YYYY-MM-DD (or YYYY-MM, YYYY). */
export function isRealDate(text: string): boolean {
  const y = digits(text, 0, 4);
  const m = text.length >= 7 ? digits(text, 5, 7) : 1;
  const d = text.length >= 10 ? digits(text, 8, 10) : 1;
  if (Number.isNaN(y) || !(m >= 1 && m <= 12) || !(d >= 1)) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lastDay = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= lastDay;
}

/** The number written by the ASCII digits from start to end, or NaN if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A refinement's message: the key of its words in the catalogues (src/i18n/messages), from which
 * validate.ts writes the problem in English and a page in its language, "expected a non-empty
 * text; got …".
 */
const says = (id: ProblemId) => id;

/** Something other than white space: what trim() removes is exactly what \s matches. */
const VISIBLE = /\S/;
const text = z.string().check(z.refine((value) => VISIBLE.test(value), says('problem.nonEmpty')));
const slug = z.string().check(z.regex(SLUG, says('problem.slug')));
/** A whole day, YYYY-MM-DD. */
export const DaySchema = z
  .string()
  .check(z.regex(DATE, says('problem.day')), z.refine(isRealDate, says('problem.realDate')));
const date = DaySchema;
const partialDate = z
  .string()
  .check(
    z.regex(PARTIAL_DATE, says('problem.partialDate')),
    z.refine(isRealDate, says('problem.realDate')),
  );
const httpUrl = z.string().check(z.refine(isHttpUrl, says('problem.httpUrl')));
// z.number() already refuses NaN and the infinities.
const amount = z.number().check(z.gte(0, says('problem.notNegative')));

/**
 * A name in the other languages of the dashboard, as a reader there knows it ("Національна
 * служба розвідки Південної Кореї", "국가정보원"); a language left out falls back to English.
 */
export const NamesSchema = z.strictObject({
  uk: z.optional(text),
  ko: z.optional(text),
});

export const SourceSchema = z.strictObject({
  /** Stable id that claims and events refer to. */
  id: slug,
  /** Headline of the piece; a short description in [brackets] where the headline is not known. */
  title: text,
  /** The outlet or body that published it. */
  publisher: text,
  author: z.optional(text),
  /** Where to read it: http or https only. */
  url: httpUrl,
  /** Date of publication (a month or year where only that is known); omitted for undated reference pages. */
  published: z.optional(partialDate),
  /** A copy of the page kept by an archive, for when the original moves or disappears. */
  archived: z.optional(httpUrl),
  /** Its own reporting (the default), or a copy, summary or collection of another outlet's. */
  kind: z.optional(z.enum(SOURCE_KINDS)),
  /** Id of the source this one reports on (a summary relaying the original). */
  relays: z.optional(slug),
  /** The outlet whose reporting this one carries, when that outlet is not a source here ("Reuters"). */
  relaysOutlet: z.optional(text),
  note: z.optional(text),
});

export const ClaimantSchema = z.strictObject({
  id: slug,
  /** Name as a reader would recognise it, e.g. "South Korea's NIS". */
  name: text,
  /** government, intelligence service, military, research centre, researcher, … */
  kind: text,
  /** Country or organisation it speaks for, where that helps a reader. */
  country: z.optional(text),
  /** The name in Ukrainian and Korean. */
  names: z.optional(NamesSchema),
});

export const PeriodSchema = z.strictObject({
  /** First day (or month, or year) the figure covers. */
  from: z.optional(partialDate),
  /** Last day (or month, or year) the figure covers; for an observation, the imagery date. */
  to: z.optional(partialDate),
});

/** A claim withdrawn by its claimant or by the outlet that carried it. It stays in the dataset. */
export const RetractionSchema = z.strictObject({
  /** When it was withdrawn: a day, a month or a year. */
  date: partialDate,
  /** Why, in the dataset's own words. */
  reason: text,
  /** Id of the source that reports the withdrawal. */
  source: z.optional(slug),
});

/** An error the dataset itself made in a claim and fixed: the record of what changed. */
export const CorrectionSchema = z.strictObject({
  /** The day the dataset was corrected. */
  date: date,
  /** What was wrong and what it became. */
  change: text,
});

export const ClaimSchema = z.strictObject({
  /** Stable slug: it appears in links (?claim=) and must never change once published. */
  id: slug,
  /** What is counted, as a slug: troops-deployed, killed, railcars, … */
  metric: slug,
  /** The number as claimed; for a range, its upper end. */
  value: amount,
  /** For a range (qualifier "between"), its lower end. */
  low: z.optional(amount),
  /** How the claimant bounded the number. */
  qualifier: z.enum(QUALIFIERS),
  /** Words that follow the number ("troops", "killed or wounded"); "USD" for money. */
  unit: text,
  claimant: slug,
  source: slug,
  /** Other sources that carry the same claim from the same claimant. */
  alsoReportedBy: z.optional(z.array(slug)),
  /** The day, month or year the claim was made or first published: as precisely as it is known. */
  claimedOn: z.optional(partialDate),
  /**
   * Instead of claimedOn, when the claim's own date is unknown but the report carrying it is
   * dated: the claim was made on or before this day (or month, or year).
   */
  claimedBy: z.optional(partialDate),
  confidence: z.enum(CONFIDENCES),
  /** The span of time the figure covers. */
  period: z.optional(PeriodSchema),
  place: z.optional(slug),
  /** Context in the dataset's own words. */
  note: z.optional(text),
  /** How the value was computed from other claims, when it was. */
  derived: z.optional(text),
  /** Ids of the claims a derived value was computed from. */
  derivedFrom: z.optional(z.array(slug)),
  /** Set when the claim was withdrawn: it is kept, struck through, and left out of charts. */
  retracted: z.optional(RetractionSchema),
  /** Errors this dataset made in the claim and fixed, oldest first. */
  corrections: z.optional(z.array(CorrectionSchema)),
});

export const PlaceSchema = z.strictObject({
  id: slug,
  name: text,
  /** The name in Ukrainian and Korean. */
  names: z.optional(NamesSchema),
  /** production site, rail crossing, station, port, combat area, strike site, capital, … */
  kind: text,
  lat: z
    .number()
    .check(z.gte(-90, says('problem.latitude.min')), z.lte(90, says('problem.latitude.max'))),
  lon: z
    .number()
    .check(z.gte(-180, says('problem.longitude.min')), z.lte(180, says('problem.longitude.max'))),
  /** How well the point is known: a building, near a building, a city, a region. */
  precision: z.enum(PRECISIONS),
  /** Where the coordinates come from. */
  source: z.optional(slug),
  note: z.optional(text),
});

/** What a metric counts, named for readers: "Killed", "Загиблі", "사망". */
export const MeasureSchema = z.strictObject({
  /** The metric slug its claims carry. */
  id: slug,
  /** Its name in English, as a chart or a column is headed. */
  name: text,
  names: z.optional(NamesSchema),
});

/** Words with the place of the number in them, once: "{n} барелів нафти", "석유 {n}". */
const template = text.check(
  z.refine((value) => value.split('{n}').length === 2, says('problem.numberPlace')),
);

/**
 * A unit's words in one language: `words` puts the number, with its qualifier, into the phrase;
 * where the phrase changes with the number, as Ukrainian nouns do, one form per plural category
 * of the language (Intl.PluralRules), `other` always among them. `amount`, where the language
 * counts with a word of its own ("{n}곳"), is written around the bare number first.
 */
export const UnitWordsSchema = z.strictObject({
  amount: z.optional(template),
  words: z.union([
    template,
    z.strictObject({
      zero: z.optional(template),
      one: z.optional(template),
      two: z.optional(template),
      few: z.optional(template),
      many: z.optional(template),
      other: template,
    }),
  ]),
});

/** A unit of the claims in the other languages: "barrels of oil" is "барелів нафти", "석유 … 배럴". */
export const UnitSchema = z.strictObject({
  /** The unit exactly as claims write it. */
  unit: text,
  names: z.strictObject({ uk: z.optional(UnitWordsSchema), ko: z.optional(UnitWordsSchema) }),
});

export const EventSchema = z.strictObject({
  id: slug,
  /** The day, month or year it happened, as precisely as it is known. */
  date: partialDate,
  title: text,
  source: slug,
  place: z.optional(slug),
  note: z.optional(text),
});

export const DatasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: text,
  /** The title in Ukrainian and Korean. */
  titles: z.optional(NamesSchema),
  /** The day this version of the dataset was last changed; no claim may be dated after it. */
  updated: date,
  /** Id of the news report the dashboard is built around; its claims are marked. */
  report: z.optional(slug),
  /** Claim ids shown as the headline figures. */
  headlines: z.optional(z.array(slug)),
  /** Names of the metrics the claims count; a metric not named here is named by the dashboard. */
  measures: z.optional(z.array(MeasureSchema)),
  /** The words of the claims' units in the other languages; a unit not here stays English. */
  units: z.optional(z.array(UnitSchema)),
  sources: z.array(SourceSchema),
  claimants: z.array(ClaimantSchema),
  claims: z.array(ClaimSchema),
  places: z.array(PlaceSchema),
  events: z.array(EventSchema),
});

export type Qualifier = (typeof QUALIFIERS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Source = z.infer<typeof SourceSchema>;
export type Retraction = z.infer<typeof RetractionSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;
export type Claimant = z.infer<typeof ClaimantSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Names = z.infer<typeof NamesSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type UnitWords = z.infer<typeof UnitWordsSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type DatasetEvent = z.infer<typeof EventSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
