import type { ReactNode } from 'react';
import { dataLang } from '../i18n/data-lang';

/**
 * Text of the dataset (a name, a title) inside a panel's translated sentence: marked as English
 * where the page is in another language, so that a screen reader switches voice for it; on an
 * English page it is the bare text, the sentence's markup as it always was.
 */
export function DataText({ children }: { children: ReactNode }) {
  const lang = dataLang();
  return lang === undefined ? <>{children}</> : <span lang={lang}>{children}</span>;
}
