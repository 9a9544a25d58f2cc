import { memo, type ReactNode } from 'react';
import { SourceCredit } from '../../components/source-credit';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { SkippedRows } from '../../components/skipped-rows';
import type { Dataset } from '../../dataset/schema';
import { formatClaimDate, formatDate, whenText } from '../../lib/format';
import '../../components/tag.css';
import type { LedgerSort, SortKey } from '../../store';
import { ledgerText, unitName, type LedgerRow } from './ledger-row';

interface LedgerTableProps {
  dataset: Dataset;
  rows: readonly LedgerRow[];
  /** A selected row past the pages shown, with its place in the whole list. */
  pinned: { item: LedgerRow; index: number } | null;
  sort: LedgerSort;
  selectedId: string | null;
  describedBy: string;
  onSort: (key: SortKey) => void;
  /** Selects a row's claim, or clears it when it was selected; the same function every time. */
  onSelect: (id: string) => void;
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'metric', label: 'Measure' },
  { key: 'value', label: 'Claim' },
  { key: 'claimant', label: 'Claimant' },
  { key: null, label: 'Source' },
  { key: 'claimedOn', label: 'Claimed on' },
  { key: 'confidence', label: 'Confidence' },
  { key: null, label: 'Notes' },
];

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  sort: LedgerSort;
  onSort: (key: SortKey) => void;
}) {
  const { key, label } = column;
  if (key === null) return <th scope="col">{label}</th>;
  const active = sort.key === key;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

interface RowProps {
  dataset: Dataset;
  row: LedgerRow;
  selected: boolean;
  onSelect: LedgerTableProps['onSelect'];
}

/**
 * One claim. Rows are kept from one render to the next and drawn again only when their own
 * selection changes: showing the next page, filtering or selecting draws only the rows that change.
 */
const LedgerRowView = memo(function LedgerRowView({ dataset, row, selected, onSelect }: RowProps) {
  const { claim, claimant, source, place } = row;
  const { words, period } = ledgerText(row);
  return (
    <tr
      id={`claim-${row.id}`}
      data-claim={row.id}
      data-selected={selected || undefined}
      data-retracted={claim.retracted ? '' : undefined}
    >
      <td data-label="Measure">{row.what}</td>
      <td data-label="Claim">
        <button
          type="button"
          className="claim-button"
          aria-pressed={selected}
          onClick={() => onSelect(row.id)}
        >
          <span className={claim.retracted ? 'retracted' : undefined}>{words}</span>
        </button>
        {claim.derived && <span className="tag tag--derived">derived</span>}
        {claim.retracted && <span className="tag tag--retracted">withdrawn</span>}
      </td>
      <td data-label="Claimant">{claimant.name}</td>
      <td data-label="Source">
        <SourceCredit dataset={dataset} source={source} />
      </td>
      <td data-label="Claimed on">
        <time dateTime={claim.claimedOn ?? claim.claimedBy}>{formatClaimDate(claim, 'short')}</time>
      </td>
      <td data-label="Confidence">
        <ConfidenceBadge confidence={claim.confidence} />
      </td>
      <td className="ledger__notes">
        {claim.retracted && (
          <span className="ledger__retracted">
            Withdrawn {whenText(claim.retracted.date)}: {claim.retracted.reason}{' '}
          </span>
        )}
        {period && <span className="ledger__period">Covers {period}. </span>}
        {place && <span>{place.name}. </span>}
        {claim.note}
        {claim.derived && <span className="ledger__derived"> How derived: {claim.derived}</span>}
        {claim.corrections?.map((c) => (
          <span key={c.date + c.change} className="ledger__correction">
            {' '}
            Corrected {formatDate(c.date)}: {c.change}
          </span>
        ))}
      </td>
    </tr>
  );
});

/** The rows in groups of one unit each, as the ledger shows them when sorted by value. */
function byUnit(rows: readonly LedgerRow[]): { unit: string; rows: LedgerRow[] }[] {
  const groups: { unit: string; rows: LedgerRow[] }[] = [];
  for (const row of rows) {
    const unit = unitName(row.claim.unit);
    const last = groups.at(-1);
    if (last !== undefined && last.unit === unit) last.rows.push(row);
    else groups.push({ unit, rows: [row] });
  }
  return groups;
}

export function LedgerTable({
  dataset,
  rows,
  pinned,
  sort,
  selectedId,
  describedBy,
  onSort,
  onSelect,
}: LedgerTableProps) {
  const draw = (row: LedgerRow) => (
    <LedgerRowView
      key={row.id}
      dataset={dataset}
      row={row}
      selected={row.id === selectedId}
      onSelect={onSelect}
    />
  );
  let body: ReactNode;
  if (sort.key === 'value')
    // Values compare only within a unit: each unit is a group of its own, under its name.
    body = byUnit(rows).map((group) => (
      <tbody key={group.unit} className="ledger__group">
        <tr>
          <th scope="rowgroup" colSpan={COLUMNS.length}>
            {group.unit}
          </th>
        </tr>
        {group.rows.map(draw)}
      </tbody>
    ));
  else body = <tbody>{rows.map(draw)}</tbody>;
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="Claims table, scrolls sideways on narrow screens"
    >
      <table className="ledger" aria-describedby={describedBy}>
        <caption className="visually-hidden">Claims, sortable by the column buttons</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} sort={sort} onSort={onSort} />
            ))}
          </tr>
        </thead>
        {body}
        {pinned !== null && (
          <tbody className="ledger__pinned">
            <SkippedRows
              skipped={pinned.index - rows.length}
              position={pinned.index + 1}
              columns={COLUMNS.length}
            />
            {draw(pinned.item)}
          </tbody>
        )}
      </table>
    </div>
  );
}
