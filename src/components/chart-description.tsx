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
          {sentences.map((sentence, i) => (
            <li key={i}>{sentence}.</li>
          ))}
        </ul>
      )}
    </div>
  );
}
