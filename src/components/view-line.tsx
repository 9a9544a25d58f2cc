import { viewFilterText } from '../lib/view-text';
import { useAsOf, useMinConfidence, useShowRetracted } from '../store';

/**
 * Under a panel's subtitle while anything is filtered: "High-confidence claims only · known as
 * of 31 January 2025", so that a screenshot or an embed says what it leaves out. `choice` is what
 * the panel's own control picked ("Measure: Injured"): said here only where that control is
 * hidden, in a chart-only embed or a slide.
 */
export function ViewLine({ choice }: { choice?: string }) {
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  const showRetracted = useShowRetracted();
  const filters = viewFilterText({ asOf, minConfidence, showRetracted });
  if (filters === undefined && choice === undefined) return null;
  return (
    <p className="panel__view">
      {choice !== undefined && (
        <span className="panel__view-choice">
          {choice}
          {filters !== undefined && ' · '}
        </span>
      )}
      {filters !== undefined && <span className="panel__view-filters">{filters}</span>}
    </p>
  );
}
