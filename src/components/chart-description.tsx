import { formatCount } from '../lib/format';

/** More sentences than anyone listens through: beyond them, the table has the rest. */
export const MAX_SENTENCES = 100;

/**
 * The chart in words, for screen readers: a summary, then every claim as a sentence that keeps
 * its qualifier, claimant and date. Referenced by the chart's aria-describedby.
 */
export function ChartDescription({
  id,
  summary,
  sentences,
}: {
  id: string;
  summary: string;
  sentences: readonly string[];
}) {
  return (
    <div id={id} className="visually-hidden">
      <p>{summary}</p>
      {sentences.length > 0 && (
        <ul>
          {sentences.slice(0, MAX_SENTENCES).map((sentence, i) => (
            <li key={i}>{sentence}.</li>
          ))}
        </ul>
      )}
      {sentences.length > MAX_SENTENCES && (
        <p>
          And {formatCount(sentences.length - MAX_SENTENCES)} more claims, listed in the chart's
          data table.
        </p>
      )}
    </div>
  );
}
