import { pageLocale, type Locale } from '../i18n/locale';

const formats = new Map<Locale, Intl.NumberFormat>();
const grouped = (locale: Locale) => {
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale, {
      maximumFractionDigits: 2,
    });
    formats.set(locale, format);
  }
  return format;
};

/** Each language's words for the large units of an axis: "bn", "млрд", "억". */
const LARGE: Record<Locale, [string, string]> = {
  en: ['bn', 'mn'],
  uk: ['млрд', 'млн'],
  ko: ['억', '만'],
};
/** What those words stand for: Korean counts in 억 (10⁸) and 만 (10⁴). */
const LARGE_DIVISORS: Record<Locale, [number, number]> = {
  en: [1e9, 1e6],
  uk: [1e9, 1e6],
  ko: [1e8, 1e4],
};

/**
 * A tick of a value axis: "0", "2,500", "5 mn", "$1.5 bn" (in Korean "5만", "$15억"). Ticks are
 * positions on a scale, not claims, so they may be written compactly; claims go through format.ts.
 */
export function formatAxisValue(n: number, money = false): string {
  const locale = pageLocale();
  const cur = money ? '$' : '';
  const [big, small] = LARGE_DIVISORS[locale];
  const [bigWord, smallWord] = LARGE[locale];
  const space = locale === 'ko' ? '' : ' ';
  const format = grouped(locale);
  if (n >= big) return `${cur}${format.format(n / big)}${space}${bigWord}`;
  if (n >= small) return `${cur}${format.format(n / small)}${space}${smallWord}`;
  return `${cur}${format.format(n)}`;
}
