import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import { attribute, lookup } from '../dataset/lookup';
import { claimedWhen, formatDate, formatFigure, formatPeriod, whenText } from '../lib/format';
import { metricName } from '../lib/metrics';
import { dataLang } from '../i18n/data-lang';
import { t } from '../i18n/messages';
import { richText } from '../i18n/rich';
import { ConfidenceBadge } from './confidence-badge';
import { SourceCredit } from './source-credit';
import './claim-summary.css';
import './tag.css';
import { DataName } from './data-text';
import { nameText } from '../i18n/data-lang';

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
  const lang = dataLang();
  return (
    <div className="claim-summary" data-claim={claim.id}>
      <p className="claim-summary__what">
        <DataName of={metricName(dataset, claim.metric)} />
      </p>
      <p className="claim-summary__figure">
        <span className={claim.retracted ? 'retracted' : undefined}>{formatFigure(claim)}</span>
        {claim.derived !== undefined && <span className="tag">{t('claim.tagDerived')}</span>}
        {claim.retracted !== undefined && (
          <span className="tag tag--retracted">{t('overview.withdrawn')}</span>
        )}
      </p>
      {claim.retracted !== undefined && (
        <p className="claim-summary__retracted">
          {richText('claim.withdrawnWhen', {
            when: whenText(claim.retracted.date),
            reason: <span lang={lang}>{claim.retracted.reason}</span>,
          })}
        </p>
      )}
      <p>
        {richText('claim.claimedBy', {
          claimant: (
            <strong>
              <DataName of={claimant} />
            </strong>
          ),
          when: claimedWhen(claim),
          source: <SourceCredit dataset={dataset} source={source} link={linkSource} />,
        })}
        {period ? t('claim.covers', { period }) : ''}
        {place ? (
          <>
            ; <DataName of={place} />
          </>
        ) : (
          ''
        )}
        {(place ? nameText(place) : (period ?? '')).endsWith('.') ? '' : '.'}
      </p>
      <p>
        {richText('claim.confidence', { badge: <ConfidenceBadge confidence={claim.confidence} /> })}
      </p>
      {extra}
      {claim.note && (
        <p className="claim-summary__note" lang={lang}>
          {claim.note}
        </p>
      )}
      {claim.derived && (
        <p className="claim-summary__note">
          {richText('claim.howDerived', { how: <span lang={lang}>{claim.derived}</span> })}
        </p>
      )}
      {claim.corrections?.map((c) => (
        <p key={c.date + c.change} className="claim-summary__note">
          {richText('claim.corrected', {
            date: formatDate(c.date),
            change: <span lang={lang}>{c.change}</span>,
          })}
        </p>
      ))}
    </div>
  );
}
