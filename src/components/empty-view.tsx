import type { Confidence } from '../dataset/schema';
import { formatDate } from '../lib/format';
import { useAsOf, useMinConfidence } from '../store';

const AT_CONFIDENCE: Record<Confidence, string | null> = {
  low: null,
  medium: 'at medium or high confidence',
  high: 'at high confidence',
};

/** Why a view shows nothing, in words: the "known as of" date and the confidence in force. */
export function emptyViewText(what: string, asOf: string | null, minConfidence: Confidence) {
  const how = AT_CONFIDENCE[minConfidence];
  if (asOf === null && how === null) return `The dataset holds no ${what}.`;
  const when = asOf === null ? '' : ` as of ${formatDate(asOf)}`;
  return `No ${what} was known${when}${how === null ? '' : ` ${how}`}. Clear the filters in the header to see every claim.`;
}

/** What a panel shows in place of its chart when the view leaves it nothing to draw. */
export function EmptyView({ what }: { what: string }) {
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  return <p className="chart-empty">{emptyViewText(what, asOf, minConfidence)}</p>;
}
