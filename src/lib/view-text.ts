import type { ViewState } from '../store';
import { formatDate } from './format';

const CONFIDENCE_WORDS = {
  low: undefined,
  medium: 'Medium- and high-confidence claims only',
  high: 'High-confidence claims only',
} as const;

/**
 * The filters in force, in a line an image carries so that it says what it leaves out:
 * "High-confidence claims only · known as of 31 January 2025". Undefined when nothing is filtered.
 */
export function viewFilterText(view: Pick<ViewState, 'minConfidence' | 'asOf' | 'showRetracted'>) {
  const parts = [
    CONFIDENCE_WORDS[view.minConfidence],
    view.asOf === null ? undefined : `known as of ${formatDate(view.asOf)}`,
    view.showRetracted ? 'withdrawn claims drawn hollow' : undefined,
  ].filter((part): part is string => part !== undefined);
  if (parts.length === 0) return undefined;
  const line = parts.join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
