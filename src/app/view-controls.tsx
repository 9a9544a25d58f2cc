import { useId, useState, useSyncExternalStore } from 'react';
import { applyTheme, themeFromSearch, type Theme } from '../lib/theme';
import { CONFIDENCES, type Confidence, type Dataset } from '../dataset/schema';
import { claimDateText, dateSpan, oldestClaim } from '../dataset/dates';
import { t, type MessageId } from '../i18n/messages';
import { useAsOf, useDashboardActions, useMinConfidence, useShowRetracted } from '../store';

const CONFIDENCE_CHOICES: Record<Confidence, MessageId> = {
  low: 'controls.confidenceAll',
  medium: 'controls.confidenceMedium',
  high: 'controls.confidenceHigh',
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
    <div className="view-controls fields" role="group" aria-label={t('controls.group')}>
      <label htmlFor={ids.asOf}>
        {t('controls.knownAsOf')}
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
          {t('controls.asOfReport')}
        </button>
      )}
      <button
        type="button"
        className="button"
        onClick={() => asOfChanged(null)}
        disabled={asOf === null}
      >
        {t('controls.allDates')}
      </button>
      {anyRetracted && (
        <label htmlFor={ids.retracted} className="field--check">
          <input
            id={ids.retracted}
            type="checkbox"
            checked={showRetracted}
            onChange={(e) => retractedShown(e.target.checked)}
          />
          {t('controls.drawWithdrawn')}
        </label>
      )}
      <label htmlFor={ids.confidence}>
        {t('controls.confidence')}
        <select
          id={ids.confidence}
          value={minConfidence}
          onChange={(e) => minConfidenceChanged(e.target.value as Confidence)}
        >
          {[...CONFIDENCES].reverse().map((c) => (
            <option key={c} value={c}>
              {t(CONFIDENCE_CHOICES[c])}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.theme}>
        {t('controls.theme')}
        <select
          id={ids.theme}
          value={theme}
          onChange={(e) => themeChanged(e.target.value as Theme)}
        >
          <option value="auto">{t('controls.themeAuto')}</option>
          <option value="light">{t('controls.themeLight')}</option>
          <option value="dark">{t('controls.themeDark')}</option>
        </select>
      </label>
    </div>
  );
}
