import { memo, type ReactNode } from 'react';
import { SourceCredit } from '../../components/source-credit';
import { ConfidenceBadge } from '../../components/confidence-badge';
import { SkippedRows } from '../../components/skipped-rows';
import type { Dataset } from '../../dataset/schema';
import { formatClaimDate, formatDate, whenText, withStop } from '../../lib/format';
import '../../components/tag.css';
import { dataLang } from '../../i18n/data-lang';
import { type MessageId } from '../../i18n/messages';
import { t } from './ledger-messages';
import { richText } from '../../i18n/rich';
import type { LedgerSort, SortKey } from '../../store';
import { ledgerText, unitIsData, unitName, type LedgerRow } from './ledger-row';
import { DataName, DataText } from '../../components/data-text';

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

const COLUMNS: { key: SortKey | null; label: MessageId }[] = [
  { key: 'metric', label: 'table.measure' },
  { key: 'value', label: 'table.claim' },
  { key: 'claimant', label: 'table.claimant' },
  { key: null, label: 'table.source' },
  { key: 'claimedOn', label: 'table.claimedOn' },
  { key: 'confidence', label: 'controls.confidence' },
  { key: null, label: 'table.notes' },
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
  const { key } = column;
  const label = t(column.label);
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
      <td data-label={t('table.measure')}>{row.what}</td>
      <td data-label={t('table.claim')}>
        <button
          type="button"
          className="claim-button"
          aria-pressed={selected}
          onClick={() => onSelect(row.id)}
        >
          <span className={claim.retracted ? 'retracted' : undefined}>{words}</span>
        </button>
        {claim.derived && <span className="tag tag--derived">{t('claim.tagDerived')}</span>}
        {claim.retracted && <span className="tag tag--retracted">{t('overview.withdrawn')}</span>}
      </td>
      <td data-label={t('table.claimant')}>
        <DataName of={claimant} />
      </td>
      <td data-label={t('table.source')}>
        <SourceCredit dataset={dataset} source={source} />
      </td>
      <td data-label={t('table.claimedOn')}>
        <time dateTime={claim.claimedOn ?? claim.claimedBy}>{formatClaimDate(claim, 'short')}</time>
      </td>
      <td data-label={t('controls.confidence')}>
        <ConfidenceBadge confidence={claim.confidence} />
      </td>
      <td className="ledger__notes">
        {claim.retracted && (
          <span className="ledger__retracted">
            {richText('claim.withdrawnWhen', {
              when: whenText(claim.retracted.date),
              reason: <DataText>{claim.retracted.reason}</DataText>,
            })}{' '}
          </span>
        )}
        {period && (
          <span className="ledger__period">{withStop(t('ledger.covers', { period }))} </span>
        )}
        {place && (
          <>
            <DataName of={place} />.{' '}
          </>
        )}
        {claim.note && <DataText>{claim.note}</DataText>}
        {claim.derived && (
          <span className="ledger__derived">
            {' '}
            {richText('claim.howDerived', { how: <DataText>{claim.derived}</DataText> })}
          </span>
        )}
        {claim.corrections?.map((c) => (
          <span key={c.date + c.change} className="ledger__correction">
            {' '}
            {richText('claim.corrected', {
              date: formatDate(c.date),
              change: <DataText>{c.change}</DataText>,
            })}
          </span>
        ))}
      </td>
    </tr>
  );
});

/** The rows in groups of one unit each, as the ledger shows them when sorted by value. */
function byUnit(rows: readonly LedgerRow[]): { unit: string; data: boolean; rows: LedgerRow[] }[] {
  const groups: { unit: string; data: boolean; rows: LedgerRow[] }[] = [];
  for (const row of rows) {
    const unit = unitName(row.claim.unit);
    const last = groups.at(-1);
    if (last !== undefined && last.unit === unit) last.rows.push(row);
    else groups.push({ unit, data: unitIsData(row.claim.unit), rows: [row] });
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
          <th scope="rowgroup" colSpan={COLUMNS.length} lang={group.data ? dataLang() : undefined}>
            {group.unit}
          </th>
        </tr>
        {group.rows.map(draw)}
      </tbody>
    ));
  else body = <tbody>{rows.map(draw)}</tbody>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('ledger.tableLabel')}>
      <table className="ledger" aria-describedby={describedBy}>
        <caption className="visually-hidden">{t('ledger.caption')}</caption>
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
