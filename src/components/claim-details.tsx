import type { Dataset } from '../dataset/schema';
import { attribute } from '../dataset/lookup';
import { formatDate, formatFigure, formatPeriod } from '../lib/format';
import { metricLabel } from '../lib/metrics';
import { ConfidenceBadge } from './confidence-badge';
import { SourceLink } from './source-link';
import './claim-details.css';

interface ClaimDetailsProps {
  dataset: Dataset;
  claimId: string;
  /** True when the claim exists but the view ("known as of", confidence) hides it. */
  hidden: boolean;
  onClose: () => void;
}

/** The selected claim in full: what a shared ?claim= link opens on. */
export function ClaimDetails({ dataset, claimId, hidden, onClose }: ClaimDetailsProps) {
  const claim = dataset.claims.find((c) => c.id === claimId);
  if (claim === undefined)
    return (
      <aside className="claim-details" aria-label="Selected claim" role="status">
        <p>
          The link names a claim, <code>{claimId}</code>, that is not in this dataset.
        </p>
        <button type="button" className="button" onClick={onClose}>
          Dismiss
        </button>
      </aside>
    );
  const { claimant, source, place } = attribute(dataset, claim);
  const period = formatPeriod(claim.period);
  return (
    <aside className="claim-details" aria-label="Selected claim" data-claim={claim.id}>
      <div className="claim-details__main">
        <p className="claim-details__what">{metricLabel(claim.metric)}</p>
        <p className="claim-details__figure">{formatFigure(claim)}</p>
        <p>
          Claimed by <strong>{claimant.name}</strong> on {formatDate(claim.claimedOn)}, reported by{' '}
          <SourceLink source={source}>{source.publisher}</SourceLink>
          {period ? `; covers ${period}` : ''}
          {place ? `; ${place.name}` : ''}. <ConfidenceBadge confidence={claim.confidence} />
        </p>
        {claim.note && <p>{claim.note}</p>}
        {claim.derived && <p className="claim-details__derived">How derived: {claim.derived}</p>}
        {hidden && (
          <p className="claim-details__hidden">
            The current view hides this claim (it was made after the “known as of” date or is below
            the confidence shown).
          </p>
        )}
      </div>
      <button type="button" className="button" onClick={onClose}>
        Clear selection
      </button>
    </aside>
  );
}
