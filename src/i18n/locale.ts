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

/** A release's pages sit under /v/<id>/; each language's under its code, /uk/ or /v/<id>/uk/. */
const RELEASE_PREFIX = /^v\/\d{4}-\d{2}-\d{2}\//;

/** A path after the base: the release it pins ("v/<id>/" or ""), its language, and the rest. */
function splitPath(pathname: string, base: string) {
  const tail = pathname.startsWith(base) ? pathname.slice(base.length) : '';
  const release = RELEASE_PREFIX.exec(tail)?.[0] ?? '';
  const after = tail.slice(release.length);
  const first = after.split('/')[0];
  const locale = first !== 'en' && isLocale(first) ? first : null;
  return { release, locale, rest: locale ? after.slice(first!.length + 1) : after };
}

/** The language a page's path is prerendered in: /uk/, /uk/embed/<panel>/ and /v/<id>/uk/ are Ukrainian. */
export function localeFromPath(pathname: string, base = '/'): Locale | null {
  return splitPath(pathname, base).locale;
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
 * prerendered page (/uk/, /uk/embed/<panel>/, /v/<id>/uk/), which reads without the script.
 */
export function addressInLocale(
  location: Pick<Location, 'pathname' | 'search'>,
  base: string,
  locale: Locale,
): string {
  const { release, rest } = splitPath(location.pathname, base);
  // English is at the root: named with ?lang=en, so that the browser's languages do not choose again.
  if (locale === 'en')
    return `${base}${release}${rest}${searchWithLocale(location.search, locale)}`;
  const params = new URLSearchParams(location.search);
  params.delete('lang');
  const search = params.toString();
  return `${base}${release}${locale}/${rest}${search ? `?${search}` : ''}`;
}

/** The address of this page in another language, every other parameter kept. */
export function searchWithLocale(search: string, locale: Locale): string {
  const params = new URLSearchParams(search);
  // Named even for English, so that the browser's languages do not choose again.
  params.set('lang', locale);
  const text = params.toString();
  return text ? `?${text}` : '';
}
