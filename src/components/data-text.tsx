import type { ReactNode } from 'react';
import { dataLang, localName, nameLang, type LocalName, type Named } from '../i18n/data-lang';
import { t } from '../i18n/messages';
import './data-text.css';

/**
 * Text of the dataset (a name, a title) inside a panel's translated sentence: marked as English
 * where the page is in another language, so that a screen reader switches voice for it; on an
 * English page it is the bare text, the sentence's markup as it always was.
 */
export function DataText({ children }: { children: ReactNode }) {
  const lang = dataLang();
  return lang === undefined ? <>{children}</> : <span lang={lang}>{children}</span>;
}

/**
 * A claimant's, place's or measure's name: in the page's language where the dataset gives it;
 * otherwise in English, marked with its language for screen readers and, to the eye, with a
 * dotted underline whose title says no translation was given.
 */
export function DataName({ of }: { of: Named | LocalName }) {
  const name = 'text' in of ? of : localName(of);
  const lang = nameLang(name);
  if (lang === undefined) return <>{name.text}</>;
  return name.translated ? (
    <span lang={lang}>{name.text}</span>
  ) : (
    <span lang={lang} className="untranslated" title={t('data.untranslated')}>
      {name.text}
    </span>
  );
}
