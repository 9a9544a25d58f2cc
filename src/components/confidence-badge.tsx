import type { Confidence } from '../dataset/schema';
import { t } from '../i18n/messages';
import './confidence-badge.css';

/** Confidence in words and a shape, never by colour alone. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`confidence confidence--${confidence}`}>
      <span aria-hidden="true" className="confidence__dots" />
      {t(`confidence.${confidence}`)}
    </span>
  );
}
