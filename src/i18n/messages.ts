import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import en from './compiled/en.json';
import type english from './messages/en.json';
import { pageLocale, setPageLocale, type Locale } from './locale';

/** Every message the interface says, by key; English is the reference every catalogue matches. */
export type MessageId = keyof typeof english;
/** A catalogue as the page holds it: each message compiled (scripts/compile-messages.ts). */
type Catalogue = Record<MessageId, MessageFormatElement[]>;
export type MessageValues = Record<string, string | number | boolean>;

/** English as far as the page has it: a panel's own part joins when its code loads. */
const ENGLISH = { ...(en as unknown as Catalogue) };

/** The other languages' catalogues, fetched only by a page in that language. */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: unknown }>> = {
  uk: () => import('./compiled/uk.json'),
  ko: () => import('./compiled/ko.json'),
};

const catalogues = new Map<Locale, Catalogue>([['en', ENGLISH]]);
/** Each message compiled once, on first use. */
const compiled = new Map<string, IntlMessageFormat>();

/** Loads a language's catalogue once; English is always there. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (catalogues.has(locale)) return;
  const { default: messages } = await LOADERS[locale as Exclude<Locale, 'en'>]();
  catalogues.set(locale, messages as Catalogue);
}

/** Makes a language the page's, its catalogue loaded first. */
export async function choosePageLocale(locale: Locale): Promise<void> {
  await loadLocale(locale);
  setPageLocale(locale);
}

function formatter(id: MessageId, locale: Locale = pageLocale()): IntlMessageFormat {
  const key = `${locale}\u0000${id}`;
  let format = compiled.get(key);
  if (format === undefined) {
    const message = catalogues.get(locale)?.[id] ?? ENGLISH[id];
    format = new IntlMessageFormat(message, locale);
    compiled.set(key, format);
  }
  return format;
}

/** A part of the English catalogue that a panel's code brings (src/i18n/compile.ts). */
export function addEnglishMessages(part: unknown) {
  Object.assign(ENGLISH, part as Partial<Catalogue>);
}

/** Whether a key names a message: for keys made from data, such as "metric.<slug>". */
export const hasMessage = (id: string): id is MessageId => Object.hasOwn(ENGLISH, id);

/** One message of the page's language, as text. */
export function t(id: MessageId, values?: MessageValues): string {
  return String(formatter(id).format(values));
}

/**
 * One message in a given language, whatever the page's: the English of a dataset's problems, which
 * the command line and the tests read too. A language not loaded says it in English.
 */
export function tIn(locale: Locale, id: MessageId, values?: MessageValues): string {
  return String(formatter(id, catalogues.has(locale) ? locale : 'en').format(values));
}

/** One message with arguments of any kind (elements), as the list of its parts in order. */
export function tParts<T>(
  id: MessageId,
  values: Record<string, T | string | number>,
): (T | string)[] {
  const parts = formatter(id).format<T>(values);
  return Array.isArray(parts) ? parts : [parts as T | string];
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A number as the page's language writes it, every digit kept: "12 000", "12,000", "5,5". */
export function localNumber(n: number): string {
  const locale = pageLocale();
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment (UTC milliseconds) as the page's language writes a date with these parts. */
export function localDateParts(time: number, parts: Intl.DateTimeFormatOptions): string {
  const locale = pageLocale();
  const key = `${locale} ${JSON.stringify(parts)}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(time);
}
