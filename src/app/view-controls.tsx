import { useId } from 'react';
import { CONFIDENCES, type Confidence, type Dataset } from '../dataset/schema';
import { useAsOf, useDashboardActions, useMinConfidence } from '../store';

const CONFIDENCE_CHOICES: Record<Confidence, string> = {
  low: 'All confidence levels',
  medium: 'Medium and high only',
  high: 'High only',
};

/** The "known as of" date and the confidence filter: they apply to every panel at once. */
export function ViewControls({ dataset }: { dataset: Dataset }) {
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  const { asOfChanged, minConfidenceChanged } = useDashboardActions();
  const ids = { asOf: useId(), confidence: useId() };
  const first = dataset.claims.reduce(
    (min, c) => (c.claimedOn < min ? c.claimedOn : min),
    dataset.updated,
  );
  return (
    <div className="view-controls fields" role="group" aria-label="What the dashboard shows">
      <label htmlFor={ids.asOf}>
        Known as of
        <input
          id={ids.asOf}
          type="date"
          min={first}
          max={dataset.updated}
          value={asOf ?? ''}
          onChange={(e) => asOfChanged(e.target.value === '' ? null : e.target.value)}
        />
      </label>
      {dataset.report && (
        <button
          type="button"
          className="button"
          onClick={() =>
            asOfChanged(dataset.sources.find((s) => s.id === dataset.report)?.published ?? null)
          }
        >
          As of the report
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => asOfChanged(null)}
        disabled={asOf === null}
      >
        Show all dates
      </button>
      <label htmlFor={ids.confidence}>
        Confidence
        <select
          id={ids.confidence}
          value={minConfidence}
          onChange={(e) => minConfidenceChanged(e.target.value as Confidence)}
        >
          {[...CONFIDENCES].reverse().map((c) => (
            <option key={c} value={c}>
              {CONFIDENCE_CHOICES[c]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
