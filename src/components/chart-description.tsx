import { memo } from 'react';
import { MAX_SENTENCES } from '../lib/chart-text';
import { t } from '../i18n/messages';
import { withStop } from '../lib/format';

/**
 * The chart in words, for screen readers: a summary, then the first claims as sentences that
 * keep their qualifier, claimant and date. Referenced by the chart's aria-describedby.
 */
export const ChartDescription = memo(function ChartDescription({
  id,
  summary,
  sentences,
  total,
}: {
  id: string;
  summary: string;
  /** The sentences of the first claims, at most MAX_SENTENCES. */
  sentences: readonly string[];
  /** How many claims the chart draws in all. */
  total: number;
}) {
  return (
    <div id={id} className="visually-hidden">
      <p>{summary}</p>
      {sentences.length > 0 && (
        <ul>
          {sentences.slice(0, MAX_SENTENCES).map((sentence, i) => (
            <li key={i}>{withStop(sentence)}</li>
          ))}
        </ul>
      )}
      {total > MAX_SENTENCES && <p>{t('description.more', { count: total - MAX_SENTENCES })}</p>}
    </div>
  );
});
