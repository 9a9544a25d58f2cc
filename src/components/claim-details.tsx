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
import { metricName } from '../lib/metrics';
import { dataLang } from '../i18n/data-lang';
import { t } from '../i18n/dashboard-messages';
import { richText } from '../i18n/rich';
import { ConfidenceBadge } from './confidence-badge';
import { DataName } from './data-text';
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
      <aside className="claim-details" aria-label={t('claimDetails.label')} role="status">
        <p>{richText('claimDetails.missing', { id: <code>{claimId}</code> })}</p>
        <button type="button" className="button" onClick={onClose}>
          {t('claimDetails.dismiss')}
        </button>
      </aside>
    );
  const { claimant, source, place } = attribute(dataset, claim);
  const period = formatPeriod(claim.period);
  const lang = dataLang();
  const changes = history?.changedIn
    .map((c) =>
      t('claimDetails.changedRelease', {
        id: c.id,
        fields: c.fields.map((f) => f.field).join(', '),
      }),
    )
    .join(', ');
  return (
    <aside className="claim-details" aria-label={t('claimDetails.label')} data-claim={claim.id}>
      <div className="claim-details__main">
        <p className="claim-details__what">
          <DataName of={metricName(dataset, claim.metric)} />
        </p>
        <p className="claim-details__figure">
          <span className={claim.retracted ? 'retracted' : undefined}>{formatFigure(claim)}</span>
          {claim.retracted !== undefined && (
            <span className="tag tag--retracted">{t('overview.withdrawn')}</span>
          )}
        </p>
        {claim.retracted !== undefined && (
          <p className="claim-details__retracted">
            {richText('claim.withdrawnWhen', {
              when: whenText(claim.retracted.date),
              reason: <span lang={lang}>{claim.retracted.reason}</span>,
            })}
          </p>
        )}
        <p>
          {richText('claimDetails.claimedBy', {
            claimant: (
              <strong>
                <DataName of={claimant} />
              </strong>
            ),
            when: claimedWhen(claim),
            source: <SourceCredit dataset={dataset} source={source} />,
          })}
          {period ? t('claim.covers', { period }) : ''}
          {place ? (
            <>
              ; <DataName of={place} />
            </>
          ) : (
            ''
          )}
          . <ConfidenceBadge confidence={claim.confidence} />
        </p>
        {claim.note && <p lang={lang}>{claim.note}</p>}
        {claim.derived && (
          <p className="claim-details__derived">
            {richText('claim.howDerived', { how: <span lang={lang}>{claim.derived}</span> })}
          </p>
        )}
        {knownFromNote(claim) && <p className="claim-details__known">{knownFromNote(claim)}</p>}
        {claim.corrections?.map((c) => (
          <p key={c.date + c.change} className="claim-details__correction">
            {richText('claimDetails.corrected', {
              when: whenText(c.date),
              change: <span lang={lang}>{c.change}</span>,
            })}
          </p>
        ))}
        {history?.firstReleased !== undefined && (
          <p className="claim-details__history">
            {t('claimDetails.firstReleased', { id: history.firstReleased })}
            {changes ? t('claimDetails.changedIn', { releases: changes }) : ''}
            {history.retractedIn !== undefined &&
              t('claimDetails.withdrawnIn', { id: history.retractedIn })}
            .
          </p>
        )}
        {hidden && (
          <p className="claim-details__hidden">
            {asOf !== null && !isKnownBy(claim, asOf)
              ? t('claimDetails.hiddenAsOf', { date: formatDate(asOf) })
              : t('claimDetails.hiddenConfidence')}
          </p>
        )}
      </div>
      <button type="button" className="button" onClick={onClose}>
        {t('claimDetails.clear')}
      </button>
    </aside>
  );
}
