import { pickLocale, setPageLocale, type Locale } from './locale';
import { addPageFonts } from './fonts';
import { choosePageLocale } from './messages';

/**
 * Chooses the page's language before its first render: the address's (?lang=), else the
 * browser's, else English. Its catalogue is fetched first; if that fails, the page stays in
 * English and says so in the console, rather than not starting.
 */
export async function startPageLocale(
  search: string = window.location.search,
  languages: readonly string[] = navigator.languages ?? [navigator.language],
  root: HTMLElement = document.documentElement,
  pathname: string = window.location.pathname,
): Promise<Locale> {
  const wanted = pickLocale(search, languages, pathname, import.meta.env.BASE_URL);
  let locale: Locale = wanted;
  try {
    await choosePageLocale(wanted);
  } catch (error) {
    console.error(`The ${wanted} messages could not be loaded; showing English.`, error);
    locale = 'en';
    setPageLocale('en');
  }
  root.lang = locale;
  addPageFonts(locale, root);
  return locale;
}
