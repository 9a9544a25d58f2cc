import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import { attribute, lookup } from '../dataset/lookup';
import { claimedWhen, formatDate, formatFigure, formatPeriod, whenText } from '../lib/format';
import { metricLabel } from '../lib/metrics';
import { ConfidenceBadge } from './confidence-badge';
import { SourceCredit } from './source-credit';
import './claim-summary.css';
import './tag.css';

interface ClaimSummaryProps {
  dataset: Dataset;
  claimId: string;
  /** Source as a link (details area) or as plain text (a tooltip the pointer cannot reach). */
  linkSource: boolean;
  /** Lines a panel adds: an imagery date, a breakdown. */
  extra?: ReactNode;
}

/** A claim in words with its claimant, source, dates, confidence and notes: tooltips and details. */
export function ClaimSummary({ dataset, claimId, linkSource, extra }: ClaimSummaryProps) {
  const claim = lookup(dataset).claims.get(claimId);
  if (claim === undefined) return null;
  const { claimant, source, place } = attribute(dataset, claim);
  const period = formatPeriod(claim.period);
  return (
    <div className="claim-summary" data-claim={claim.id}>
      <p className="claim-summary__what">{metricLabel(claim.metric)}</p>
      <p className="claim-summary__figure">
        <span className={claim.retracted ? 'retracted' : undefined}>{formatFigure(claim)}</span>
        {claim.derived !== undefined && <span className="tag">derived</span>}
        {claim.retracted !== undefined && <span className="tag tag--retracted">withdrawn</span>}
      </p>
      {claim.retracted !== undefined && (
        <p className="claim-summary__retracted">
          Withdrawn {whenText(claim.retracted.date)}: {claim.retracted.reason}
        </p>
      )}
      <p>
        Claimed by <strong>{claimant.name}</strong> {claimedWhen(claim)}; source:{' '}
        <SourceCredit dataset={dataset} source={source} link={linkSource} />
        {period ? `; covers ${period}` : ''}
        {place ? `; ${place.name}` : ''}.
      </p>
      <p>
        Confidence: <ConfidenceBadge confidence={claim.confidence} />
      </p>
      {extra}
      {claim.note && <p className="claim-summary__note">{claim.note}</p>}
      {claim.derived && <p className="claim-summary__note">How derived: {claim.derived}</p>}
      {claim.corrections?.map((c) => (
        <p key={c.date + c.change} className="claim-summary__note">
          Corrected {formatDate(c.date)}: {c.change}
        </p>
      ))}
    </div>
  );
}
