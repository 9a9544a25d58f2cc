import type { Claim } from '../../dataset/schema';
import { pageLocale } from '../../i18n/locale';
import { ledgerText, type LedgerRow } from './ledger-row';
import { nameText } from '../../i18n/data-lang';

/**
 * Text as search compares it: lower case, "15,000" written "15000", curly apostrophes straight,
 * so that the reader need not guess how the ledger writes a figure or a name.
 */
export function searchForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\d)[,\u202f\u00a0](?=\d{3}(?!\d))/g, '$1')
    .replace(/[\u2018\u2019]/g, "'");
}

/** The words of a search in search form; a row matches when its text holds every one of them. */
export function searchWords(search: string): string[] {
  return searchForm(search).split(/\s+/).filter(Boolean);
}

// A claim object belongs to one loaded dataset, and every view of it keeps the same claim
// objects: the text is written once per claim.
const texts = new WeakMap<Claim, string>();

/**
 * What a row can be found by, in search form, written when first needed: its own words and the
 * outlet's name, not the headline of the article, which speaks of other claims too.
 */
export function searchText(row: LedgerRow): string {
  let text = texts.get(row.claim);
  if (text === undefined) {
    const { claim, claimant, source, place } = row;
    const { words, period } = ledgerText(row);
    // Ukrainian and Korean may write a figure with a scale word ("1,5 млн", "1.5만"): the
    // digits of the figure itself are searched too, so that "1500000" finds it in any language.
    const digits =
      pageLocale() === 'en' ? undefined : [claim.low, claim.value].filter((n) => n !== undefined);
    const fields = [
      row.what,
      words,
      digits?.join(' '),
      period,
      claimant.name,
      nameText(claimant),
      place?.name,
      place && nameText(place),
      claim.note,
      claim.derived,
      claim.retracted?.reason,
      source.publisher,
      claim.id,
    ];
    // A separator no search word contains keeps words from matching across two fields.
    text = searchForm(fields.filter((f) => f !== undefined).join('\n'));
    texts.set(row.claim, text);
  }
  return text;
}

/** Whether a row's text holds every word. */
export const matchesAll = (row: LedgerRow, words: readonly string[]): boolean => {
  const text = searchText(row);
  return words.every((word) => text.includes(word));
};
