import { LOCALE_NAMES, LOCALES, pageLocale, searchWithLocale } from '../i18n/locale';
import { t } from '../i18n/messages';

/**
 * Links to this view in each language the interface speaks, each named in itself. Following
 * one loads the page again in that language, filters and selection kept in the address.
 */
export function LanguageSwitch() {
  const current = pageLocale();
  return (
    <nav className="language-switch" aria-label={t('app.language')}>
      {LOCALES.map((locale) => (
        <a
          key={locale}
          lang={locale}
          hrefLang={locale}
          href={searchWithLocale('', locale)}
          aria-current={locale === current ? 'true' : undefined}
          onClick={(e) => {
            // The view's own address, read when followed: the server's HTML cannot know it.
            e.preventDefault();
            window.location.assign(searchWithLocale(window.location.search, locale));
          }}
        >
          {LOCALE_NAMES[locale]}
        </a>
      ))}
    </nav>
  );
}
