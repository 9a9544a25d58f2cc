import { CONFIDENCES, isRealDate, type Confidence } from '../dataset/schema';
import {
  INITIAL_SORT,
  type LedgerFilters,
  type LedgerSort,
  type SortKey,
  type ViewState,
} from '../store';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLAIM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = (value: string | null) => (value !== null && CLAIM_ID.test(value) ? value : null);

/** Reads the view state from a query string; anything malformed is ignored, never trusted. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const claim = params.get('claim');
  const asof = params.get('asof');
  const confidence = params.get('confidence');
  return {
    selectedClaimId: claim !== null && CLAIM_ID.test(claim) ? claim : null,
    asOf: asof !== null && DATE.test(asof) && isRealDate(asof) ? asof : null,
    minConfidence: CONFIDENCES.includes(confidence as Confidence)
      ? (confidence as Confidence)
      : 'low',
    showRetracted: params.get('retracted') === 'show',
    measure: slug(params.get('measure')),
  };
}

/** Writes the view state into a query string, keeping any other parameters as they were. */
export function serializeViewState(view: ViewState, search = ''): string {
  const params = new URLSearchParams(search);
  const put = (key: string, value: string | null) =>
    value === null ? params.delete(key) : params.set(key, value);
  put('claim', view.selectedClaimId);
  put('asof', view.asOf);
  put('confidence', view.minConfidence === 'low' ? null : view.minConfidence);
  put('retracted', view.showRetracted ? 'show' : null);
  put('measure', view.measure);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The ledger's filters in a query string: `metric`, `claimant`, `q` (the search text) and `new`
 * (the release whose new claims alone are listed).
 */
export function parseLedgerFilters(search: string): LedgerFilters {
  const params = new URLSearchParams(search);
  const release = params.get('new');
  return {
    metric: slug(params.get('metric')),
    claimant: slug(params.get('claimant')),
    search: (params.get('q') ?? '').slice(0, 200),
    newIn: release !== null && DATE.test(release) ? release : null,
  };
}

const SORT_KEYS: readonly SortKey[] = ['metric', 'value', 'claimant', 'claimedOn', 'confidence'];

/** The ledger's order as `sort=<column>-<asc|desc>`; absent, or anything unknown, is newest first. */
export function parseLedgerSort(search: string): LedgerSort {
  const match = /^([a-zA-Z]+)-(asc|desc)$/.exec(new URLSearchParams(search).get('sort') ?? '');
  if (match === null || !SORT_KEYS.includes(match[1] as SortKey)) return INITIAL_SORT;
  return { key: match[1] as SortKey, direction: match[2] as 'asc' | 'desc' };
}

export function serializeLedgerFilters(
  filters: LedgerFilters,
  search = '',
  sort: LedgerSort = INITIAL_SORT,
): string {
  const params = new URLSearchParams(search);
  const put = (key: string, value: string | null) =>
    value ? params.set(key, value) : params.delete(key);
  put('metric', filters.metric);
  put('claimant', filters.claimant);
  put('q', filters.search);
  put('new', filters.newIn);
  const usual = sort.key === INITIAL_SORT.key && sort.direction === INITIAL_SORT.direction;
  put('sort', usual ? null : `${sort.key}-${sort.direction}`);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
