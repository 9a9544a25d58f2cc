import { CONFIDENCES, isRealDate, type Confidence } from '../dataset/schema';
import type { ViewState } from '../store';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLAIM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
