import { useId, useState, type ReactNode } from 'react';
import { formatDate } from '../lib/format';
import { t } from '../i18n/messages';
import { useAsOf, useMinConfidence } from '../store';

const CONFIDENCE_SHORT = {
  low: null,
  medium: 'filters.mediumShort',
  high: 'filters.highShort',
} as const;

/** What the view's filters are, in a few words: the phone's folded controls say it. */
export function filtersInWords(asOf: string | null, minConfidence: keyof typeof CONFIDENCE_SHORT) {
  const confidence = CONFIDENCE_SHORT[minConfidence];
  const parts = [
    asOf === null ? null : t('filters.knownAsOf', { date: formatDate(asOf, 'short') }),
    confidence === null ? null : t(confidence),
  ].filter((p) => p !== null);
  return parts.length === 0 ? t('filters.every') : parts.join(', ');
}

/**
 * The header's controls. On a phone they fold behind one button that says what the view shows,
 * so that the figures, not the controls, fill the first screen; wider, they are always open.
 */
export function HeaderControls({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  return (
    <div className="header-controls" data-open={open ? '' : undefined}>
      <button
        type="button"
        className="button header-controls__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="header-controls__toggle-label">
          {t(open ? 'controls.hideViewOptions' : 'controls.viewOptions')}
        </span>
        <span className="header-controls__summary">
          {t('controls.showing', { filters: filtersInWords(asOf, minConfidence) })}
        </span>
      </button>
      <div id={id} className="header-controls__body">
        {children}
      </div>
    </div>
  );
}
