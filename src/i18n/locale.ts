/** The languages the interface speaks, English first: it is the language of the data. */
export const LOCALES = ['en', 'uk', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  uk: 'Українська',
  ko: '한국어',
};

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The language an address names (?lang=uk), or null when it names none it knows. */
export function localeFromSearch(search: string): Locale | null {
  const lang = new URLSearchParams(search).get('lang');
  return isLocale(lang) ? lang : null;
}

/** The language a page's path is prerendered in: /uk/ and /uk/embed/<panel>/ are Ukrainian. */
export function localeFromPath(pathname: string, base = '/'): Locale | null {
  if (!pathname.startsWith(base)) return null;
  const first = pathname.slice(base.length).split('/')[0];
  return first !== 'en' && isLocale(first) ? first : null;
}

/**
 * The page's language: the address's (?lang=, then a path such as /uk/), else the first of the
 * browser's languages that the interface speaks ("uk-UA" → uk), else English.
 */
export function pickLocale(
  search: string,
  languages: readonly string[],
  pathname = '',
  base = '/',
): Locale {
  const named = localeFromSearch(search) ?? localeFromPath(pathname, base);
  if (named) return named;
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

let current: Locale = 'en';

/**
 * The language of this page. It is set once, before the first render, and a change of language
 * loads the page again, so every formatter can read it without being handed it.
 */
export const pageLocale = (): Locale => current;

export function setPageLocale(locale: Locale) {
  current = locale;
}

/**
 * The address of this page in another language, every other parameter kept: the language's
 * prerendered page (/uk/, /uk/embed/<panel>/), which reads without the script, where one
 * exists; otherwise the same page with ?lang=.
 */
export function addressInLocale(
  location: Pick<Location, 'pathname' | 'search'>,
  base: string,
  locale: Locale,
): string {
  const rest = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : '';
  const parts = rest.split('/');
  if (localeFromPath(`/${parts[0]}/`)) parts.shift();
  const bare = parts.join('/');
  // Only the latest dataset has pages in each language; a release (/v/<id>/) uses ?lang=.
  if (locale === 'en' || bare.startsWith('v/'))
    return `${base}${bare}${searchWithLocale(location.search, locale)}`;
  const params = new URLSearchParams(location.search);
  params.delete('lang');
  const search = params.toString();
  return `${base}${locale}/${bare}${search ? `?${search}` : ''}`;
}

/** The address of this page in another language, every other parameter kept. */
export function searchWithLocale(search: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  // Named even for English, so that the browser's languages do not choose again.
  params.set('lang', locale);
  const text = params.toString();
  return text ? `?${text}` : '';
}
