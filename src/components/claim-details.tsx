import type { Dataset } from '../dataset/schema';
import { attribute, lookup } from '../dataset/lookup';
import { isKnownBy } from '../dataset/dates';
import type { ClaimHistory } from '../dataset/releases';
import {
  claimedWhen,
  formatDate,
  formatFigure,
  formatPeriod,
  knownFromNote,
  whenText,
} from '../lib/format';
import { metricLabel } from '../lib/metrics';
import { ConfidenceBadge } from './confidence-badge';
import { SourceCredit } from './source-credit';
import './claim-details.css';
import './tag.css';

interface ClaimDetailsProps {
  dataset: Dataset;
  claimId: string;
  /** True when the claim exists but the view ("known as of", confidence) hides it. */
  hidden: boolean;
  /** The view's "known as of" date, to say why a hidden claim is hidden. */
  asOf?: string | null;
  /** The releases the claim was published and changed in. */
  history?: ClaimHistory;
  onClose: () => void;
}

/** The selected claim in full: what a shared ?claim= link opens on. */
export function ClaimDetails({
  dataset,
  claimId,
  hidden,
  asOf = null,
  history,
  onClose,
}: ClaimDetailsProps) {
  const claim = lookup(dataset).claims.get(claimId);
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
        <p className="claim-details__figure">
          <span className={claim.retracted ? 'retracted' : undefined}>{formatFigure(claim)}</span>
          {claim.retracted !== undefined && <span className="tag tag--retracted">withdrawn</span>}
        </p>
        {claim.retracted !== undefined && (
          <p className="claim-details__retracted">
            Withdrawn {whenText(claim.retracted.date)}: {claim.retracted.reason}
          </p>
        )}
        <p>
          Claimed by <strong>{claimant.name}</strong> {claimedWhen(claim)}, reported by{' '}
          <SourceCredit dataset={dataset} source={source} />
          {period ? `; covers ${period}` : ''}
          {place ? `; ${place.name}` : ''}. <ConfidenceBadge confidence={claim.confidence} />
        </p>
        {claim.note && <p>{claim.note}</p>}
        {claim.derived && <p className="claim-details__derived">How derived: {claim.derived}</p>}
        {knownFromNote(claim) && <p className="claim-details__known">{knownFromNote(claim)}</p>}
        {claim.corrections?.map((c) => (
          <p key={c.date + c.change} className="claim-details__correction">
            Corrected by this dataset {whenText(c.date)}: {c.change}
          </p>
        ))}
        {history?.firstReleased !== undefined && (
          <p className="claim-details__history">
            First released in release {history.firstReleased}
            {history.changedIn.length > 0 &&
              `; changed in ${history.changedIn
                .map((c) => `release ${c.id} (${c.fields.map((f) => f.field).join(', ')})`)
                .join(', ')}`}
            {history.retractedIn !== undefined && `; withdrawn in release ${history.retractedIn}`}.
          </p>
        )}
        {hidden && (
          <p className="claim-details__hidden">
            {asOf !== null && !isKnownBy(claim, asOf)
              ? `The current view hides this claim: it was not yet known on ${formatDate(asOf)}, the “known as of” date.`
              : 'The current view hides this claim: it is below the confidence shown.'}
          </p>
        )}
      </div>
      <button type="button" className="button" onClick={onClose}>
        Clear selection
      </button>
    </aside>
  );
}
