import type { ViewState } from '../store';
import { formatDate } from './format';
import { t } from '../i18n/messages';

const CONFIDENCE_WORDS = {
  low: undefined,
  medium: 'filters.medium',
  high: 'filters.high',
} as const;

/**
 * The filters in force, in a line an image carries so that it says what it leaves out:
 * "High-confidence claims only · known as of 31 January 2025". Undefined when nothing is filtered.
 */
export function viewFilterText(view: Pick<ViewState, 'minConfidence' | 'asOf' | 'showRetracted'>) {
  const confidence = CONFIDENCE_WORDS[view.minConfidence];
  const parts = [
    confidence && t(confidence),
    view.asOf === null ? undefined : t('filters.knownAsOf', { date: formatDate(view.asOf) }),
    view.showRetracted ? t('filters.withdrawnHollow') : undefined,
  ].filter((part): part is string => part !== undefined);
  if (parts.length === 0) return undefined;
  const line = parts.join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
