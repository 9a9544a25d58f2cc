import type { Confidence } from '../../dataset/schema';
import { byCode } from '../../lib/order';
import { claimDateKey } from '../../dataset/dates';
import type { LedgerSort, SortKey } from '../../store';
import { unitName, type LedgerRow } from './ledger-row';
import { nameText } from '../../i18n/data-lang';

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
const collator = new Intl.Collator('en');

/** A number for each row, in a plain loop: typed arrays built from a function are slow. */
function numbers(rows: readonly LedgerRow[], of: (row: LedgerRow) => number): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = of(rows[i]!);
  return out;
}

/** Each row's place among the distinct texts of the rows, in the order `compare` gives them. */
function rankBy(
  rows: readonly LedgerRow[],
  text: (row: LedgerRow) => string,
  compare: (a: string, b: string) => number,
): Float64Array {
  const rank = new Map<string, number>();
  for (const row of rows) rank.set(text(row), 0);
  [...rank.keys()].sort(compare).forEach((t, i) => rank.set(t, i));
  return numbers(rows, (row) => rank.get(text(row))!);
}

/** Numbers that order the rows as each sortable column does, ascending. */
const KEYS: Record<SortKey, (rows: readonly LedgerRow[]) => Float64Array> = {
  metric: (rows) => rankBy(rows, (r) => r.what, collator.compare),
  value: (rows) => numbers(rows, (r) => r.claim.value),
  claimant: (rows) => rankBy(rows, (r) => nameText(r.claimant), collator.compare),
  confidence: (rows) => numbers(rows, (r) => CONFIDENCE_RANK[r.claim.confidence]),
  claimedOn: (rows) => rankBy(rows, (r) => claimDateKey(r.claim), byCode),
};

/**
 * Newest first, claims of one day in the dataset's own order: the order rows keep within a tie
 * in every column. Rows are put into one bucket per date, without comparing any two.
 */
function newestFirst(rows: readonly LedgerRow[]): LedgerRow[] {
  const date = KEYS.claimedOn(rows);
  const buckets: LedgerRow[][] = [];
  for (let i = 0; i < rows.length; i++) (buckets[date[i]!] ??= []).push(rows[i]!);
  const out: LedgerRow[] = [];
  for (let d = buckets.length - 1; d >= 0; d--) for (const row of buckets[d] ?? []) out.push(row);
  return out;
}

/**
 * The rows in the order a column asks for. Values are compared only within a unit: $5.5 billion
 * and 5 million shells are not on one scale, so rows sorted by value come in groups by unit, in
 * the units' alphabetical order. Ties keep a stable, readable order: newest first, then as the
 * dataset lists them.
 * The rows are put in that order first, then sorted, stably, by the column's keys, worked out
 * once per row as numbers: sorting thousands of rows compares numbers, not text.
 */
export function sortRows(rows: readonly LedgerRow[], sort: LedgerSort): LedgerRow[] {
  const base = newestFirst(rows);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = KEYS[sort.key](base);
  const byValue = sort.key === 'value';
  const unit = byValue ? rankBy(base, (r) => unitName(r.claim.unit), collator.compare) : null;
  const low = byValue ? numbers(base, (r) => r.claim.low ?? 0) : null;
  const order = base.map((_, i) => i);
  order.sort(
    (i, j) =>
      (unit === null ? 0 : unit[i]! - unit[j]!) ||
      sign * (key[i]! - key[j]!) ||
      (low === null ? 0 : sign * (low[i]! - low[j]!)),
  );
  return order.map((i) => base[i]!);
}
