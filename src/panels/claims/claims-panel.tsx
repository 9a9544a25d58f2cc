import { t } from '../../i18n/messages';
import { useEffect, useId, useMemo } from 'react';
import { Panel } from '../../components/panel';
import { newestClaim } from '../../dataset/dates';
import type { Dataset } from '../../dataset/schema';
import { usePaged } from '../../components/use-paged';
import { useHydrated } from '../../components/use-hydrated';
import { formatCount, formatDate } from '../../lib/format';
import {
  useDashboardActions,
  useVisibleDataset,
  useLedgerFilters,
  useLedgerSort,
  useSelectedClaimId,
  type SortKey,
} from '../../store';
import { useReleaseHistory } from '../../dataset/release-history';
import { ledgerFilterOptions, ledgerRows, prepareSearch } from './ledger-rows';
import { LedgerTable } from './ledger-table';
import { DatasetDownloads } from './dataset-downloads';
import './claims-panel.css';

/** Writes the claims' search text while the page is idle, a little at a time. */
function useSearchPrepared(dataset: Dataset | null) {
  useEffect(() => {
    if (dataset === null || typeof requestIdleCallback === 'undefined') return;
    let id = 0;
    const step = (from: number) => (deadline: IdleDeadline) => {
      const next = prepareSearch(dataset, from, () => deadline.timeRemaining() > 2);
      if (next !== null) id = requestIdleCallback(step(next));
    };
    id = requestIdleCallback(step(0));
    return () => cancelIdleCallback(id);
  }, [dataset]);
}

export function ClaimsPanel() {
  const dataset = useVisibleDataset();
  const filters = useLedgerFilters();
  const sort = useLedgerSort();
  const selected = useSelectedClaimId();
  const { filterChanged, filtersCleared, sortRequested, claimToggled } = useDashboardActions();
  const ids = {
    metric: useId(),
    claimant: useId(),
    release: useId(),
    search: useId(),
    count: useId(),
  };
  const options = useMemo(() => (dataset ? ledgerFilterOptions(dataset) : null), [dataset]);
  const { data: history, isError: noHistory } = useReleaseHistory();
  const releases = useMemo(() => [...(history?.releases ?? [])].reverse(), [history]);
  // The claims first published in the release asked for; unknown until the history arrives.
  const newClaims = useMemo(() => {
    const release = releases.find((r) => r.id === filters.newIn);
    return release === undefined ? undefined : new Set(release.added);
  }, [releases, filters.newIn]);
  const rows = useMemo(
    () => (dataset ? ledgerRows(dataset, filters, sort, newClaims) : []),
    [dataset, filters, sort, newClaims],
  );
  const releaseUnknown = filters.newIn !== null && newClaims === undefined;
  // A selected claim (from a chart, the map or a link) is always on the page.
  const selectedAt = selected === null ? -1 : rows.findIndex((r) => r.id === selected);
  // Back to one page whenever the rows themselves change.
  const { visible, pinned, rest, next, more } = usePaged(rows, rows, selectedAt);
  const claims = useMemo(() => rows.map((r) => r.claim), [rows]);
  useSearchPrepared(dataset);
  // "Show more" needs the script: a page read without it shows the first page and the count.
  const live = useHydrated();
  if (dataset === null || options === null) return null;
  const filtered =
    filters.metric !== null ||
    filters.claimant !== null ||
    filters.search !== '' ||
    filters.newIn !== null;

  return (
    <Panel
      id="claims"
      title={t('panel.claims.title')}
      subtitle={t('panel.claims.subtitle')}
      sourceLine={`${dataset.sources.length} sources, ${dataset.claimants.length} claimants; see each row's source link.`}
      newest={newestClaim(dataset.claims)}
      actions={{ claims, figure: 'none' }}
    >
      <div className="ledger-controls fields" role="search" aria-label="Filter the claims">
        <label htmlFor={ids.metric}>
          Measure
          <select
            id={ids.metric}
            value={filters.metric ?? ''}
            onChange={(e) => filterChanged({ metric: e.target.value || null })}
          >
            <option value="">All measures</option>
            {options.metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.claimant}>
          Claimant
          <select
            id={ids.claimant}
            value={filters.claimant ?? ''}
            onChange={(e) => filterChanged({ claimant: e.target.value || null })}
          >
            <option value="">All claimants</option>
            {options.claimants.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.release}>
          Release
          <select
            id={ids.release}
            value={filters.newIn ?? ''}
            onChange={(e) => filterChanged({ newIn: e.target.value || null })}
          >
            <option value="">Every claim</option>
            {releases.map((r) => (
              <option key={r.id} value={r.id}>
                New in release {r.id} ({formatCount(r.added.length)})
              </option>
            ))}
            {releaseUnknown && (
              <option value={filters.newIn!}>New in release {filters.newIn}</option>
            )}
          </select>
        </label>
        <label htmlFor={ids.search}>
          Search
          <input
            id={ids.search}
            type="search"
            value={filters.search}
            placeholder="e.g. Kursk killed, 15000, NIS"
            onChange={(e) => filterChanged({ search: e.target.value })}
          />
        </label>
        <button type="button" className="button" onClick={filtersCleared} disabled={!filtered}>
          Clear filters
        </button>
      </div>
      {releaseUnknown && (
        <p className="ledger-note" role="status">
          {noHistory
            ? 'The release history could not be read, so every claim is listed.'
            : history !== undefined
              ? `No release ${filters.newIn} is on record, so every claim is listed.`
              : 'Reading the release history: until it arrives, every claim is listed.'}
        </p>
      )}
      <p id={ids.count} className="ledger-count" aria-live="polite">
        {rest === 0
          ? `Showing ${formatCount(rows.length)} of ${formatCount(dataset.claims.length)} claims`
          : `Showing the first ${formatCount(visible.length)} of ${formatCount(rows.length)} claims` +
            (rows.length < dataset.claims.length
              ? ` that match (${formatCount(dataset.claims.length)} in all)`
              : '') +
            (pinned === null ? '' : ', and the selected one')}
      </p>
      {rows.length === 0 ? (
        <p className="ledger-empty">No claim matches these filters.</p>
      ) : (
        <LedgerTable
          dataset={dataset}
          rows={visible}
          pinned={pinned}
          sort={sort}
          selectedId={selected}
          describedBy={ids.count}
          onSort={(key: SortKey) => sortRequested(key)}
          onSelect={claimToggled}
        />
      )}
      {rest > 0 && live && (
        <button type="button" className="button ledger-more" onClick={more}>
          Show {formatCount(next)} more
        </button>
      )}
      <DatasetDownloads />
      <p className="ledger-updated">
        Dataset updated <time dateTime={dataset.updated}>{formatDate(dataset.updated)}</time>.
      </p>
    </Panel>
  );
}
