import type { Dataset } from '../../dataset/schema';
import { perDataset } from '../../dataset/lookup';
import { baseDataset } from '../../dataset/visible';
import { metricLabel } from '../../lib/metrics';
import type { LedgerFilters, LedgerSort } from '../../store';
import { ledgerRow, type LedgerRow } from './ledger-row';
import { sortRows } from './ledger-order';
import { matchesAll, searchText, searchWords } from './ledger-search';
import { localName, nameLang, nameText } from '../../i18n/data-lang';
import { pageLocale } from '../../i18n/locale';

/** A whole dataset's claims as rows, in the dataset's order, made once. */
const rowsOf = perDataset((dataset) => dataset.claims.map((claim) => ledgerRow(dataset, claim)));

/** The rows in each order asked for: sorted once per dataset and order. */
const sorted = new WeakMap<Dataset, Map<string, LedgerRow[]>>();

function sortedRows(dataset: Dataset, sort: LedgerSort): LedgerRow[] {
  let orders = sorted.get(dataset);
  if (orders === undefined) sorted.set(dataset, (orders = new Map()));
  const key = `${sort.key}:${sort.direction}`;
  let rows = orders.get(key);
  if (rows === undefined) orders.set(key, (rows = sortRows(rowsOf(dataset), sort)));
  return rows;
}

/** The last rows asked for, so that a search typed on looks only at the rows still found. */
let last: {
  dataset: Dataset;
  filters: LedgerFilters;
  sort: LedgerSort;
  newClaims: ReadonlySet<string> | undefined;
  words: string[];
  rows: LedgerRow[];
} | null = null;

/**
 * Every claim of the dataset as ledger rows, filtered and sorted as the researcher asked. A view
 * of a dataset ("known as of", confidence) keeps the order of the whole dataset's rows, so that
 * moving the date does not sort every claim again. `newClaims` holds the ids of the claims first
 * published in the release `filters.newIn` names; without it that filter is not applied.
 */
export function ledgerRows(
  dataset: Dataset,
  filters: LedgerFilters,
  sort: LedgerSort,
  newClaims?: ReadonlySet<string>,
): LedgerRow[] {
  const fresh = filters.newIn === null ? undefined : newClaims;
  const base = baseDataset(dataset);
  const words = searchWords(filters.search);
  // Typing on narrows the last search: only its rows need looking at again.
  const narrowing =
    last !== null &&
    last.dataset === dataset &&
    last.sort === sort &&
    last.filters.metric === filters.metric &&
    last.filters.claimant === filters.claimant &&
    last.newClaims === fresh &&
    last.words.length > 0 &&
    last.words.every((word, i) => words[i]?.includes(word));
  const from = narrowing ? last!.rows : sortedRows(base, sort);
  // A view's claims by id: one may stand as it did on the day (a later withdrawal not yet made).
  const shown =
    base === dataset || narrowing ? null : new Map(dataset.claims.map((c) => [c.id, c]));
  const rows: LedgerRow[] = [];
  for (const row of from) {
    const { claim } = row;
    if (filters.metric !== null && claim.metric !== filters.metric) continue;
    if (filters.claimant !== null && claim.claimant !== filters.claimant) continue;
    if (fresh !== undefined && !fresh.has(claim.id)) continue;
    const standing = shown === null ? claim : shown.get(claim.id);
    if (standing === undefined) continue;
    const shownRow = standing === claim ? row : { ...row, claim: standing };
    if (words.length > 0 && !matchesAll(shownRow, words)) continue;
    rows.push(shownRow);
  }
  last = { dataset, filters, sort, newClaims: fresh, words, rows };
  return rows;
}

/**
 * Writes rows' search text ahead, from row `from` on, while `more()` says there is time; returns
 * where it stopped, or null when every row has its text. The page calls it when it is idle, so
 * that the first letter typed into the search does not wait for every claim's text.
 */
export function prepareSearch(dataset: Dataset, from: number, more: () => boolean): number | null {
  const rows = rowsOf(baseDataset(dataset));
  let i = from;
  for (; i < rows.length && more(); i++) searchText(rows[i]!);
  return i < rows.length ? i : null;
}

/** The choices offered by the ledger's filters: only what the dataset holds, by name. */
export function ledgerFilterOptions(dataset: Dataset) {
  const metrics = [...new Set(dataset.claims.map((c) => c.metric))]
    .map((id) => ({ id, label: metricLabel(dataset, id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const used = new Set(dataset.claims.map((c) => c.claimant));
  const claimants = dataset.claimants
    .filter((c) => used.has(c.id))
    .map((c) => ({ id: c.id, label: nameText(c), lang: nameLang(localName(c)) }))
    .sort((a, b) => a.label.localeCompare(b.label, pageLocale()));
  return { metrics, claimants };
}
