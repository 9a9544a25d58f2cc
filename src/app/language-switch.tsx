import { addressInLocale, LOCALE_NAMES, LOCALES, pageLocale } from '../i18n/locale';
import { t } from '../i18n/messages';

/**
 * Links to this view in each language the interface speaks, each named in itself. Following
 * one loads the page again in that language, filters and selection kept in the address.
 */
export function LanguageSwitch() {
  const current = pageLocale();
  const base = import.meta.env.BASE_URL;
  return (
    <nav className="language-switch" aria-label={t('app.language')}>
      {LOCALES.map((locale) => (
        <a
          key={locale}
          lang={locale}
          hrefLang={locale}
          href={addressInLocale({ pathname: base, search: '' }, base, locale)}
          aria-current={locale === current ? 'true' : undefined}
          onClick={(e) => {
            // The view's own address, read when followed: the server's HTML cannot know it.
            e.preventDefault();
            window.location.assign(addressInLocale(window.location, base, locale));
          }}
        >
          {LOCALE_NAMES[locale]}
        </a>
      ))}
    </nav>
  );
}
