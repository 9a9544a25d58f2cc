import { useId, useState, useSyncExternalStore } from 'react';
import { applyTheme, themeFromSearch, type Theme } from '../lib/theme';
import { CONFIDENCES, type Confidence, type Dataset } from '../dataset/schema';
import { claimDateText, dateSpan, oldestClaim } from '../dataset/dates';
import { useAsOf, useDashboardActions, useMinConfidence, useShowRetracted } from '../store';

const CONFIDENCE_CHOICES: Record<Confidence, string> = {
  low: 'All confidence levels',
  medium: 'Medium and high only',
  high: 'High only',
};

const noSubscription = () => () => {};

/** The "known as of" date and the confidence filter: they apply to every panel at once. */
export function ViewControls({ dataset }: { dataset: Dataset }) {
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  const showRetracted = useShowRetracted();
  const { asOfChanged, minConfidenceChanged, retractedShown } = useDashboardActions();
  const ids = { asOf: useId(), confidence: useId(), theme: useId(), retracted: useId() };
  // The address's theme, read after hydration (the prerendered page was drawn with "auto").
  const linked = useSyncExternalStore(
    noSubscription,
    () => themeFromSearch(window.location.search),
    () => 'auto' as const,
  );
  const [chosen, setChosen] = useState<Theme | null>(null);
  const theme = chosen ?? linked;
  const themeChanged = (next: Theme) => {
    setChosen(next);
    applyTheme(next);
    const params = new URLSearchParams(window.location.search);
    if (next === 'auto') params.delete('theme');
    else params.set('theme', next);
    const search = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    );
  };
  const oldest = oldestClaim(dataset.claims);
  const first = oldest ? dateSpan(claimDateText(oldest)).start : undefined;
  const anyRetracted = dataset.claims.some((c) => c.retracted !== undefined);
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
      {anyRetracted && (
        <label htmlFor={ids.retracted} className="field--check">
          <input
            id={ids.retracted}
            type="checkbox"
            checked={showRetracted}
            onChange={(e) => retractedShown(e.target.checked)}
          />
          Draw withdrawn claims (hollow)
        </label>
      )}
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
      <label htmlFor={ids.theme}>
        Theme
        <select
          id={ids.theme}
          value={theme}
          onChange={(e) => themeChanged(e.target.value as Theme)}
        >
          <option value="auto">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </div>
  );
}
