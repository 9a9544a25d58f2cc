import { memo, useState } from 'react';
import type { Claim, Dataset } from '../dataset/schema';
import { attribute, claimsByIds } from '../dataset/lookup';
import { formatClaimDate, formatCount, formatFigure, formatPeriod } from '../lib/format';
import { metricLabel } from '../lib/metrics';
import { ConfidenceBadge } from './confidence-badge';
import { SkippedRows } from './skipped-rows';
import { SourceCredit } from './source-credit';
import { useHydrated } from './use-hydrated';
import { usePaged } from './use-paged';
import './chart-data-table.css';
import './tag.css';

interface ChartDataTableProps {
  dataset: Dataset;
  /** The claims the chart draws, in the order to list them. */
  claimIds: readonly string[];
  caption: string;
  selectedId: string | null;
  onSelect: (claimId: string) => void;
}

const COLUMNS = [
  'Measure',
  'Claim',
  'Claimant',
  'Claimed on',
  'Covers',
  'Source',
  'Confidence',
  'Notes',
];

interface RowProps {
  dataset: Dataset;
  claim: Claim;
  selected: boolean;
  onSelect: (claimId: string) => void;
}

/** One claim of the table, drawn again only when it changes or its selection does. */
const DataRow = memo(function DataRow({ dataset, claim, selected, onSelect }: RowProps) {
  const { claimant, source } = attribute(dataset, claim);
  return (
    <tr data-claim={claim.id} data-selected={selected ? '' : undefined}>
      <td data-label="Measure">{metricLabel(claim.metric)}</td>
      <th scope="row" data-label="Claim">
        <button
          type="button"
          className="claim-button"
          aria-pressed={selected}
          onClick={() => onSelect(claim.id)}
        >
          <span className={claim.retracted ? 'retracted' : undefined}>{formatFigure(claim)}</span>
        </button>
        {claim.derived !== undefined && <span className="tag">derived</span>}
        {claim.retracted !== undefined && <span className="tag tag--retracted">withdrawn</span>}
      </th>
      <td data-label="Claimant">{claimant.name}</td>
      <td data-label="Claimed on">{formatClaimDate(claim)}</td>
      <td data-label="Covers">{formatPeriod(claim.period) ?? '—'}</td>
      <td data-label="Source">
        <SourceCredit dataset={dataset} source={source} />
      </td>
      <td data-label="Confidence">
        <ConfidenceBadge confidence={claim.confidence} />
      </td>
      <td data-label="Notes" className="chart-data__notes">
        {[
          claim.retracted && `Withdrawn: ${claim.retracted.reason}`,
          claim.note,
          claim.derived && `How derived: ${claim.derived}`,
        ]
          .filter(Boolean)
          .join(' ')}
      </td>
    </tr>
  );
});

/**
 * The chart's claims as a real table, behind "Show the data": reachable by keyboard and screen
 * reader. Its rows are put on the page when it is opened; a page that arrives as HTML carries
 * them already, for readers without the script. Hovering the chart leaves it alone.
 */
export const ChartDataTable = memo(function ChartDataTable({
  dataset,
  claimIds,
  caption,
  selectedId,
  onSelect,
}: ChartDataTableProps) {
  const [open, setOpen] = useState(false);
  const live = useHydrated();
  const claims = claimsByIds(dataset, claimIds);
  const selectedAt = selectedId === null ? -1 : claims.findIndex((c) => c.id === selectedId);
  // The panels hand over a new list each render: start again at one page when its claims change.
  const { visible, pinned, rest, next, more } = usePaged(
    claims,
    `${claims.length}:${claims[0]?.id}:${claims.at(-1)?.id}:${dataset.updated}`,
    selectedAt,
  );
  const rows = open || !live;
  const draw = (claim: Claim) => (
    <DataRow
      key={claim.id}
      dataset={dataset}
      claim={claim}
      selected={claim.id === selectedId}
      onSelect={onSelect}
    />
  );
  return (
    <details className="chart-data" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Show the data ({formatCount(claims.length)} {claims.length === 1 ? 'claim' : 'claims'})
      </summary>
      <div
        className="chart-data__scroll"
        tabIndex={0}
        role="region"
        aria-label={`${caption}: table`}
      >
        <table className="chart-data__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows && visible.map(draw)}</tbody>
          {rows && pinned !== null && (
            <tbody>
              <SkippedRows
                skipped={pinned.index - visible.length}
                position={pinned.index + 1}
                columns={COLUMNS.length}
              />
              {draw(pinned.item)}
            </tbody>
          )}
        </table>
      </div>
      {rest > 0 && (
        <p className="chart-data__more">
          The first {formatCount(visible.length)} of {formatCount(claims.length)} claims.{' '}
          <button type="button" className="button" onClick={more}>
            Show {formatCount(next)} more
          </button>
        </p>
      )}
    </details>
  );
});
