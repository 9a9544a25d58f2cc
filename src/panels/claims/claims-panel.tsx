import { t } from './ledger-messages';
import { useEffect, useId, useMemo } from 'react';
import { Panel } from '../../components/panel';
import { newestClaim } from '../../dataset/dates';
import type { Dataset } from '../../dataset/schema';
import { usePaged } from '../../components/use-paged';
import { useHydrated } from '../../components/use-hydrated';
import { formatCount, formatDate, withStop } from '../../lib/format';
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

/**
 * "Dataset updated 19 December 2024.": the sentence in the page's language with its date as a
 * <time>, its full stop not doubled after a date that ends in one ("… 2024 р.").
 */
function DatasetUpdated({ date }: { date: string }) {
  const written = formatDate(date);
  const [before, ...after] = withStop(t('ledger.updated', { date: written })).split(written);
  return (
    <p className="ledger-updated">
      {before}
      <time dateTime={date}>{written}</time>
      {after.join(written)}
    </p>
  );
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
      sourceLine={t('ledger.sourceLine', {
        sources: dataset.sources.length,
        claimants: dataset.claimants.length,
      })}
      newest={newestClaim(dataset.claims)}
      actions={{ claims, figure: 'none' }}
    >
      <div className="ledger-controls fields" role="search" aria-label={t('ledger.filterLabel')}>
        <label htmlFor={ids.metric}>
          {t('table.measure')}
          <select
            id={ids.metric}
            value={filters.metric ?? ''}
            onChange={(e) => filterChanged({ metric: e.target.value || null })}
          >
            <option value="">{t('ledger.allMeasures')}</option>
            {options.metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.claimant}>
          {t('table.claimant')}
          <select
            id={ids.claimant}
            value={filters.claimant ?? ''}
            onChange={(e) => filterChanged({ claimant: e.target.value || null })}
          >
            <option value="">{t('ledger.allClaimants')}</option>
            {options.claimants.map((c) => (
              <option key={c.id} value={c.id} lang={c.lang}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.release}>
          {t('ledger.release')}
          <select
            id={ids.release}
            value={filters.newIn ?? ''}
            onChange={(e) => filterChanged({ newIn: e.target.value || null })}
          >
            <option value="">{t('panel.claims.title')}</option>
            {releases.map((r) => (
              <option key={r.id} value={r.id}>
                {t('ledger.newInRelease', { release: r.id, count: formatCount(r.added.length) })}
              </option>
            ))}
            {releaseUnknown && (
              <option value={filters.newIn!}>
                {t('ledger.newInReleaseOnly', { release: filters.newIn! })}
              </option>
            )}
          </select>
        </label>
        <label htmlFor={ids.search}>
          {t('ledger.search')}
          <input
            id={ids.search}
            type="search"
            value={filters.search}
            placeholder={t('ledger.searchPlaceholder')}
            onChange={(e) => filterChanged({ search: e.target.value })}
          />
        </label>
        <button type="button" className="button" onClick={filtersCleared} disabled={!filtered}>
          {t('ledger.clearFilters')}
        </button>
      </div>
      {releaseUnknown && (
        <p className="ledger-note" role="status">
          {noHistory
            ? t('ledger.historyUnreadable')
            : history !== undefined
              ? t('ledger.releaseNotOnRecord', { release: filters.newIn! })
              : t('ledger.historyLoading')}
        </p>
      )}
      <p id={ids.count} className="ledger-count" aria-live="polite">
        {rest === 0
          ? t('ledger.showing', {
              shown: formatCount(rows.length),
              total: formatCount(dataset.claims.length),
              count: dataset.claims.length,
            })
          : t('ledger.showingFirst', {
              shown: formatCount(visible.length),
              matched: formatCount(rows.length),
              total: formatCount(dataset.claims.length),
              count: rows.length,
              filtered: rows.length < dataset.claims.length ? 'yes' : 'no',
              pinned: pinned === null ? 'no' : 'yes',
            })}
      </p>
      {rows.length === 0 ? (
        <p className="ledger-empty">{t('ledger.noMatch')}</p>
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
          {t('table.showMore', { count: formatCount(next) })}
        </button>
      )}
      <DatasetDownloads />
      <DatasetUpdated date={dataset.updated} />
    </Panel>
  );
}
