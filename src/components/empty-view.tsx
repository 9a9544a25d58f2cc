import type { Confidence } from '../dataset/schema';
import { t, type MessageId } from '../i18n/messages';
import { formatDate } from '../lib/format';
import { useAsOf, useMinConfidence } from '../store';

const AT_CONFIDENCE: Record<Confidence, MessageId | null> = {
  low: null,
  medium: 'empty.medium',
  high: 'empty.high',
};

/** What a view may lack, by its catalogue key: "empty.what.event" names an event. */
export type EmptyWhat = Extract<MessageId, `empty.what.${string}`>;

/** Why a view shows nothing, in words: the "known as of" date and the confidence in force. */
export function emptyViewText(what: EmptyWhat, asOf: string | null, minConfidence: Confidence) {
  const how = AT_CONFIDENCE[minConfidence];
  const noun = t(what);
  if (asOf === null && how === null) return t('empty.none', { what: noun });
  return t('empty.notKnown', {
    what: noun,
    when: asOf === null ? '' : t('empty.asOf', { date: formatDate(asOf) }),
    how: how === null ? '' : t(how),
  });
}

/** What a panel shows in place of its chart when the view leaves it nothing to draw. */
export function EmptyView({ what }: { what: EmptyWhat }) {
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  return <p className="chart-empty">{emptyViewText(what, asOf, minConfidence)}</p>;
}
