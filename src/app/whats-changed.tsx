import { Fragment, type MouseEvent } from 'react';
import type { Dataset } from '../dataset/schema';
import { lookup } from '../dataset/lookup';
import { latestRelease, type FieldChange } from '../dataset/releases';
import { changesSummary, releaseValueText as valueText } from '../lib/release-text';
import { formatClaimDate, formatDate, formatFigure } from '../lib/format';
import { metricName } from '../lib/metrics';
import { dashboardActions, usePinnedRelease } from '../store';
import { useReleaseHistory } from '../dataset/release-history';
import { DataName, DataText } from '../components/data-text';
import { dataLang } from '../i18n/data-lang';
import { t } from '../i18n/dashboard-messages';
import { richText } from '../i18n/rich';
import './releases.css';

const BASE = import.meta.env.BASE_URL;

function ClaimLink({ dataset, id }: { dataset: Dataset; id: string }) {
  const claim = lookup(dataset).claims.get(id);
  const select = (e: MouseEvent) => {
    e.preventDefault();
    dashboardActions().claimSelected(id);
    document.getElementById('claims')?.scrollIntoView();
  };
  if (claim === undefined) return <code lang={dataLang()}>{id}</code>;
  return (
    <a href={`?claim=${id}`} onClick={select} data-claim={id}>
      <DataName of={metricName(dataset, claim.metric)} />: {formatFigure(claim)}
      <span className="whats-changed__fields"> ({formatClaimDate(claim)})</span>
    </a>
  );
}

/** A field's old or new value as the dataset has it, in English; "none" is the page's own word. */
const FieldValue = ({ value }: { value: unknown }) =>
  value === undefined ? <>{valueText(value)}</> : <DataText>{valueText(value)}</DataText>;

/** "claimedOn: 2025-03-31 → none": the field's name as the dataset spells it, and its values. */
const FieldText = ({ change }: { change: FieldChange }) => (
  <>
    <DataText>{change.field}</DataText>: <FieldValue value={change.from} /> →{' '}
    <FieldValue value={change.to} />
  </>
);

/**
 * What the release on screen changed against the one before: the counts, then each claim added,
 * changed (field by field) or withdrawn, each a link that selects it.
 */
export function WhatsChanged({ dataset }: { dataset: Dataset }) {
  const { data: history } = useReleaseHistory();
  const pinned = usePinnedRelease();
  if (history === undefined) return null;
  const release = history.releases.find((r) => r.id === pinned) ?? latestRelease(history);
  if (release === undefined) return null;
  return (
    <section id="changes" className="panel whats-changed" aria-labelledby="changes-title">
      <h2 id="changes-title">
        {t('changes.title', { id: release.id, date: formatDate(release.id) })}
      </h2>
      <p>{changesSummary(release)}</p>
      {release.changed.length > 0 && (
        <>
          <h3>{t('changes.changed')}</h3>
          <ul className="whats-changed__list">
            {release.changed.map((c) => (
              <li key={c.id}>
                <ClaimLink dataset={dataset} id={c.id} />
                <div className="whats-changed__fields">
                  {c.fields.map((f, i) => (
                    <Fragment key={f.field}>
                      {i > 0 && '; '}
                      <FieldText change={f} />
                    </Fragment>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {release.retracted.length > 0 && (
        <>
          <h3>{t('changes.withdrawn')}</h3>
          <ul className="whats-changed__list">
            {release.retracted.map((r) => (
              <li key={r.id}>
                <ClaimLink dataset={dataset} id={r.id} />: <DataText>{r.reason}</DataText>
              </li>
            ))}
          </ul>
        </>
      )}
      {release.previous !== null && release.added.length > 0 && (
        <>
          <h3>{t('changes.added')}</h3>
          <p>
            <a
              href={`?new=${release.id}#claims`}
              onClick={(e) => {
                e.preventDefault();
                dashboardActions().filterChanged({ newIn: release.id });
                document.getElementById('claims')?.scrollIntoView();
              }}
            >
              {t('changes.listNew', { count: release.added.length })}
            </a>
          </p>
          <ul className="whats-changed__list">
            {release.added.map((id) => (
              <li key={id}>
                <ClaimLink dataset={dataset} id={id} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="whats-changed__fields">
        {richText('changes.files', {
          changelog: <a href={`${BASE}data/CHANGELOG.md`}>{t('changes.changelog')}</a>,
          changesFile: <a href={`${BASE}data/changes.json`}>changes.json</a>,
          feed: <a href={`${BASE}data/feed.xml`}>{t('changes.feed')}</a>,
          path: <code>data/releases/&lt;id&gt;.json</code>,
        })}
      </p>
    </section>
  );
}
