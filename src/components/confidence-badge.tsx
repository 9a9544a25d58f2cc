import type { Confidence } from '../dataset/schema';
import './confidence-badge.css';

const LABEL: Record<Confidence, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** Confidence in words and a shape, never by colour alone. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`confidence confidence--${confidence}`}>
      <span aria-hidden="true" className="confidence__dots" />
      {LABEL[confidence]}
    </span>
  );
}
