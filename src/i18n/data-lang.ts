import type { Names } from '../dataset/schema';
import { pageLocale, type Locale } from './locale';

/**
 * The `lang` of a text of the dataset written in English (notes, titles, names not translated)
 * on this page: undefined on an English page, where it needs none, and "en" elsewhere, so that a
 * screen reader switches voice for it.
 */
export const dataLang = (): 'en' | undefined => (pageLocale() === 'en' ? undefined : 'en');

/** A name of the dataset as this page shows it. */
export interface LocalName {
  text: string;
  /** The language it is written in. */
  lang: Locale;
  /** False where the page's language has no name of its own and English stands in for it. */
  translated: boolean;
}

/** Anything the dataset names in English with, optionally, the other languages. */
export interface Named {
  name: string;
  names?: Names;
}

/**
 * A claimant's, place's or measure's name in the page's language: the dataset's translation,
 * or its English name, marked as such, where it gives none. Never blank.
 */
export function localName(record: Named): LocalName {
  const locale = pageLocale();
  if (locale === 'en') return { text: record.name, lang: 'en', translated: true };
  const local = record.names?.[locale];
  return local === undefined
    ? { text: record.name, lang: 'en', translated: false }
    : { text: local, lang: locale, translated: true };
}

/** A dataset's title in the page's language: its `titles` where they give one. */
export const datasetTitle = (dataset: { title: string; titles?: Names }): LocalName =>
  localName({ name: dataset.title, names: dataset.titles });

/** The name's text alone, for a sentence, a label or a file. */
export const nameText = (record: Named): string => localName(record).text;

/** The `lang` a name needs inside the page's own text: only English standing in needs one. */
export const nameLang = (name: LocalName): Locale | undefined =>
  name.lang === pageLocale() ? undefined : name.lang;
