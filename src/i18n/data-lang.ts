import { pageLocale } from './locale';

/**
 * The `lang` of a text of the dataset (names, notes, titles: all English) on this page:
 * undefined on an English page, where it needs none, and "en" elsewhere, so that a screen reader
 * switches voice for it.
 */
export const dataLang = (): 'en' | undefined => (pageLocale() === 'en' ? undefined : 'en');
