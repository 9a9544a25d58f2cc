import { useId, useMemo } from 'react';
import { Panel } from '../../components/panel';
import { newestClaim } from '../../dataset/dates';
import { usePaged } from '../../components/use-paged';
import { formatCount, formatDate } from '../../lib/format';
import {
  useDashboardActions,
  useVisibleDataset,
  useLedgerFilters,
  useLedgerSort,
  useSelectedClaimId,
  type SortKey,
} from '../../store';
import { ledgerFilterOptions, ledgerRows } from './ledger-rows';
import { LedgerTable } from './ledger-table';
import { DatasetDownloads } from './dataset-downloads';
import './claims-panel.css';

export function ClaimsPanel() {
  const dataset = useVisibleDataset();
  const filters = useLedgerFilters();
  const sort = useLedgerSort();
  const selected = useSelectedClaimId();
  const { filterChanged, filtersCleared, sortRequested, claimSelected } = useDashboardActions();
  const ids = { metric: useId(), claimant: useId(), search: useId(), count: useId() };
  const options = useMemo(() => (dataset ? ledgerFilterOptions(dataset) : null), [dataset]);
  const rows = useMemo(
    () => (dataset ? ledgerRows(dataset, filters, sort) : []),
    [dataset, filters, sort],
  );
  // A selected claim (from a chart, the map or a link) is always on the page.
  const selectedAt = selected === null ? -1 : rows.findIndex((r) => r.id === selected);
  // Back to one page whenever the rows themselves change.
  const { visible, rest, next, more } = usePaged(rows, rows, selectedAt);
  if (dataset === null || options === null) return null;
  const filtered = filters.metric !== null || filters.claimant !== null || filters.search !== '';

  return (
    <Panel
      id="claims"
      title="Every claim"
      subtitle="The ledger: each figure with its claimant, source, date and our confidence in it."
      sourceLine={`${dataset.sources.length} sources, ${dataset.claimants.length} claimants; see each row's source link.`}
      newest={newestClaim(dataset.claims)}
      actions={{ claims: rows.map((r) => r.claim), figure: 'none' }}
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
        <label htmlFor={ids.search}>
          Search
          <input
            id={ids.search}
            type="search"
            value={filters.search}
            placeholder="e.g. Kursk, railcars, NIS"
            onChange={(e) => filterChanged({ search: e.target.value })}
          />
        </label>
        <button type="button" className="button" onClick={filtersCleared} disabled={!filtered}>
          Clear filters
        </button>
      </div>
      <p id={ids.count} className="ledger-count" aria-live="polite">
        {rest === 0
          ? `Showing ${formatCount(rows.length)} of ${formatCount(dataset.claims.length)} claims`
          : `Showing the first ${formatCount(visible.length)} of ${formatCount(rows.length)} claims` +
            (rows.length < dataset.claims.length
              ? ` that match (${formatCount(dataset.claims.length)} in all)`
              : '')}
      </p>
      {rows.length === 0 ? (
        <p className="ledger-empty">No claim matches these filters.</p>
      ) : (
        <LedgerTable
          dataset={dataset}
          rows={visible}
          sort={sort}
          selectedId={selected}
          describedBy={ids.count}
          onSort={(key: SortKey) => sortRequested(key)}
          onSelect={(id) => claimSelected(id === selected ? null : id)}
        />
      )}
      {rest > 0 && (
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
