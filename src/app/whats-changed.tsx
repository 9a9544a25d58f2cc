import type { MouseEvent } from 'react';
import type { Dataset } from '../dataset/schema';
import { lookup } from '../dataset/lookup';
import { latestRelease, type FieldChange } from '../dataset/releases';
import { changesSummary, releaseValueText as valueText } from '../lib/release-text';
import { formatClaimDate, formatDate, formatFigure } from '../lib/format';
import { metricLabel } from '../lib/metrics';
import { dashboardActions, usePinnedRelease } from '../store';
import { useReleaseHistory } from '../dataset/release-history';
import './releases.css';

const BASE = import.meta.env.BASE_URL;

function ClaimLink({ dataset, id }: { dataset: Dataset; id: string }) {
  const claim = lookup(dataset).claims.get(id);
  const select = (e: MouseEvent) => {
    e.preventDefault();
    dashboardActions().claimSelected(id);
    document.getElementById('claims')?.scrollIntoView();
  };
  if (claim === undefined) return <code>{id}</code>;
  return (
    <a href={`?claim=${id}`} onClick={select} data-claim={id}>
      {metricLabel(claim.metric)}: {formatFigure(claim)}
      <span className="whats-changed__fields"> ({formatClaimDate(claim)})</span>
    </a>
  );
}

const fieldText = (f: FieldChange) => `${f.field}: ${valueText(f.from)} → ${valueText(f.to)}`;

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
        What changed in release {release.id} ({formatDate(release.id)})
      </h2>
      <p>{changesSummary(release)}</p>
      {release.changed.length > 0 && (
        <>
          <h3>Changed</h3>
          <ul className="whats-changed__list">
            {release.changed.map((c) => (
              <li key={c.id}>
                <ClaimLink dataset={dataset} id={c.id} />
                <div className="whats-changed__fields">{c.fields.map(fieldText).join('; ')}</div>
              </li>
            ))}
          </ul>
        </>
      )}
      {release.retracted.length > 0 && (
        <>
          <h3>Withdrawn</h3>
          <ul className="whats-changed__list">
            {release.retracted.map((r) => (
              <li key={r.id}>
                <ClaimLink dataset={dataset} id={r.id} />: {r.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {release.previous !== null && release.added.length > 0 && (
        <>
          <h3>Added</h3>
          <p>
            <a
              href={`?new=${release.id}#claims`}
              onClick={(e) => {
                e.preventDefault();
                dashboardActions().filterChanged({ newIn: release.id });
                document.getElementById('claims')?.scrollIntoView();
              }}
            >
              List the {release.added.length} new claims in the ledger
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
        Every release: <a href={`${BASE}data/CHANGELOG.md`}>the changelog</a>,{' '}
        <a href={`${BASE}data/changes.json`}>changes.json</a> and the{' '}
        <a href={`${BASE}data/feed.xml`}>Atom feed</a>; each release as it was published at{' '}
        <code>data/releases/&lt;id&gt;.json</code>.
      </p>
    </section>
  );
}
