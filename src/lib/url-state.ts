import { CONFIDENCES, isRealDate, type Confidence } from '../dataset/schema';
import type { LedgerFilters, ViewState } from '../store';

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

/** The ledger's filters in a query string: `metric`, `claimant` and `q` (the search text). */
export function parseLedgerFilters(search: string): LedgerFilters {
  const params = new URLSearchParams(search);
  return {
    metric: slug(params.get('metric')),
    claimant: slug(params.get('claimant')),
    search: (params.get('q') ?? '').slice(0, 200),
  };
}

export function serializeLedgerFilters(filters: LedgerFilters, search = ''): string {
  const params = new URLSearchParams(search);
  const put = (key: string, value: string | null) =>
    value ? params.set(key, value) : params.delete(key);
  put('metric', filters.metric);
  put('claimant', filters.claimant);
  put('q', filters.search);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
