import type { Claim, UnitWords } from '../dataset/schema';
import { unitWordsOf } from '../dataset/unit-words';
import type { Locale } from './locale';
import { localDateParts, localNumber, t, type MessageId } from './messages';

/**
 * Claims in words in Ukrainian and Korean. English keeps its own formatter (lib/format.ts), which
 * these follow: the same figures, the same qualifiers, a larger unit only where the number is
 * exact in it, never rounded.
 */

type Figure = Pick<Claim, 'value' | 'low' | 'qualifier' | 'unit'>;

/**
 * The units the catalogues name; any other takes the dataset's words for it (`units`), or is
 * written as the dataset has it, in English.
 */
const UNIT_KEYS: Record<string, string> = {
  troops: 'troops',
  killed: 'killed',
  injured: 'injured',
  'killed or wounded': 'killedOrWounded',
  railcars: 'railcars',
  'artillery shells': 'artilleryShells',
};

const pluralRules = new Map<Locale, Intl.PluralRules>();
const pluralOf = (locale: Locale, count: number) => {
  let rules = pluralRules.get(locale);
  if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
};

const fill = (template: string, n: string) => template.replace('{n}', n);

/** A unit's words from the dataset, for a number that agrees as `count` does. */
function datasetUnit(words: UnitWords, locale: Locale, count: number) {
  const phrase =
    typeof words.words === 'string'
      ? words.words
      : (words.words[pluralOf(locale, count)] ?? words.words.other);
  return { counted: (n: string) => fill(words.amount ?? '{n}', n), phrase };
}

interface LargeScale {
  divisor: number;
  /** Whether the low end of a range "1,7–5,5 млрд" repeats the word, as Korean does ("17억~55억"). */
  repeated: boolean;
  /** How the scaled number is written: "5,5 млрд", "55억". */
  write: (n: string) => string;
}

/**
 * Where each language groups large numbers into a word, as its newspapers write them: billions
 * and millions in Ukrainian (abbreviated, so the noun after them stays one form), 억 (10⁸) and
 * 만 (10⁴) in Korean.
 */
const LARGE: Record<Exclude<Locale, 'en'>, LargeScale[]> = {
  uk: [
    { divisor: 1e9, repeated: false, write: (n) => `${n} млрд` },
    { divisor: 1e6, repeated: false, write: (n) => `${n} млн` },
  ],
  ko: [
    { divisor: 1e8, repeated: true, write: (n) => `${n}억` },
    { divisor: 1e4, repeated: true, write: (n) => `${n}만` },
  ],
};

/**
 * The number a noun agrees with after a scale word: "5,5 млрд доларів" takes the form that
 * follows "5" (many), whatever the digits before the word.
 */
const AFTER_SCALE_WORD = 5;

/**
 * The number a noun agrees with. After "до" (up to, and the end of a range "від … до") Ukrainian
 * takes the genitive: the plural one of "5 вагонів", or after a number ending in 1 the singular
 * one, the form of a fraction ("до 21 вагона"). Other numbers agree as they are.
 */
function agreeing(locale: Exclude<Locale, 'en'>, value: number, afterDo: boolean): number {
  if (locale !== 'uk' || !afterDo) return value;
  return pluralOf(locale, value) === 'one' ? 1.5 : AFTER_SCALE_WORD;
}

/** True when n in units of the divisor needs at most two decimals: no digit is dropped. */
function exactIn(n: number, divisor: number): boolean {
  if (!Number.isInteger(n) || n < divisor) return false;
  const hundredths = Math.round((n * 100) / divisor);
  return hundredths * (divisor / 100) === n;
}

function largeScale(locale: Exclude<Locale, 'en'>, numbers: number[]): LargeScale | undefined {
  const top = Math.max(...numbers);
  return LARGE[locale].find((s) => top >= s.divisor && numbers.every((n) => exactIn(n, s.divisor)));
}

function scaled(n: number, scale: LargeScale | undefined): string {
  return scale ? scale.write(localNumber(n / scale.divisor)) : localNumber(n);
}

/** A figure in words in Ukrainian or Korean: "приблизно 12 000 військових", "병력 약 1.2만 명". */
export function localFigure(locale: Exclude<Locale, 'en'>, figure: Figure): string {
  const { value, low, qualifier, unit } = figure;
  const range = qualifier === 'between' && low !== undefined;
  const scale = largeScale(locale, range ? [value, low] : [value]);
  const high = scaled(value, scale);
  const count = scale ? AFTER_SCALE_WORD : agreeing(locale, value, range || qualifier === 'up-to');
  if (unit === 'USD') {
    const amount = range
      ? t('money.range', {
          low: scale && !scale.repeated ? localNumber(low / scale.divisor) : scaled(low, scale),
          high,
          count,
        })
      : t('money.amount', { n: high, count });
    return range ? amount : qualified(qualifier, amount);
  }
  const key = UNIT_KEYS[unit];
  const words = key === undefined ? unitWordsOf(figure)?.names[locale] : undefined;
  const own = words && datasetUnit(words, locale, count);
  // The number with the counter a Korean noun takes ("1.2만명", "3량"); the number alone elsewhere.
  const counted = (n: string) =>
    key ? t(`amount.${key}` as MessageId, { n }) : own ? own.counted(n) : n;
  const amount = counted(high);
  const n = range
    ? // A range is counted once, after its upper end: "병력 1.1만~1.2만명", "60~70%".
      t('figure.between', { low: scaled(low, scale), amount })
    : qualified(qualifier, amount);
  if (key) return t(`unit.${key}` as MessageId, { n, count });
  // A unit the catalogues lack takes the dataset's words for it, or stays as the dataset has it.
  return own ? fill(own.phrase, n) : t('unit.other', { n, unit });
}

function qualified(qualifier: Figure['qualifier'], amount: string): string {
  switch (qualifier) {
    case 'about':
      return t('figure.about', { amount });
    case 'more-than':
      return t('figure.moreThan', { amount });
    case 'at-least':
      return t('figure.atLeast', { amount });
    case 'up-to':
      return t('figure.upTo', { amount });
    default:
      return amount;
  }
}

const SHORT_SYMBOL: Record<Figure['qualifier'], string> = {
  exact: '',
  about: '≈',
  'more-than': '>',
  'at-least': '≥',
  'up-to': '≤',
  between: '',
};

/** A figure in a few characters for marks: "≈12 000", ">100", "≤5,5 млрд $", "≈1.2만". */
export function localFigureShort(locale: Exclude<Locale, 'en'>, figure: Figure): string {
  const { value, low, qualifier, unit } = figure;
  const range = qualifier === 'between' && low !== undefined;
  const scale = largeScale(locale, range ? [value, low] : [value]);
  const money = unit === 'USD' ? '$' : '';
  const times = unit.startsWith('times ') ? '×' : '';
  const body = range ? `${scaled(low, scale)}–${scaled(value, scale)}` : scaled(value, scale);
  return `${SHORT_SYMBOL[qualifier]}${money}${body}${times}`;
}

/** A date of the dataset as the page's language writes it: "19 грудня 2024 р.", "2024년 12월". */
export function localDate(date: string, style: 'long' | 'short'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return localDateParts(Date.UTC(y!, 0, 1), { year: 'numeric' });
  const month = style === 'short' ? 'short' : 'long';
  if (d === undefined) return localDateParts(Date.UTC(y!, m - 1, 1), { year: 'numeric', month });
  return localDateParts(Date.UTC(y!, m - 1, d), { year: 'numeric', month, day: 'numeric' });
}
