import { memo, useState } from 'react';
import type { Claim, Dataset } from '../dataset/schema';
import { attribute, claimsByIds } from '../dataset/lookup';
import { formatClaimDate, formatCount, formatFigure, formatPeriod } from '../lib/format';
import { metricName } from '../lib/metrics';
import { dataLang } from '../i18n/data-lang';
import { t, type MessageId } from '../i18n/messages';
import { ConfidenceBadge } from './confidence-badge';
import { SkippedRows } from './skipped-rows';
import { SourceCredit } from './source-credit';
import { useHydrated } from './use-hydrated';
import { usePaged } from './use-paged';
import './chart-data-table.css';
import './tag.css';
import { DataName } from './data-text';

interface ChartDataTableProps {
  dataset: Dataset;
  /** The claims the chart draws, in the order to list them. */
  claimIds: readonly string[];
  caption: string;
  selectedId: string | null;
  onSelect: (claimId: string) => void;
}

const COLUMNS = [
  'table.measure',
  'table.claim',
  'table.claimant',
  'table.claimedOn',
  'table.covers',
  'table.source',
  'controls.confidence',
  'table.notes',
] as const satisfies readonly MessageId[];

interface RowProps {
  dataset: Dataset;
  claim: Claim;
  selected: boolean;
  onSelect: (claimId: string) => void;
}

/** One claim of the table, drawn again only when it changes or its selection does. */
const DataRow = memo(function DataRow({ dataset, claim, selected, onSelect }: RowProps) {
  const { claimant, source } = attribute(dataset, claim);
  const [measure, claimHead, claimantHead, claimedOn, covers, sourceHead, confidence, notes] =
    COLUMNS.map((id) => t(id));
  const lang = dataLang();
  return (
    <tr data-claim={claim.id} data-selected={selected ? '' : undefined}>
      <td data-label={measure}>
        <DataName of={metricName(dataset, claim.metric)} />
      </td>
      <th scope="row" data-label={claimHead}>
        <button
          type="button"
          className="claim-button"
          aria-pressed={selected}
          onClick={() => onSelect(claim.id)}
        >
          <span className={claim.retracted ? 'retracted' : undefined}>{formatFigure(claim)}</span>
        </button>
        {claim.derived !== undefined && <span className="tag">{t('claim.tagDerived')}</span>}
        {claim.retracted !== undefined && (
          <span className="tag tag--retracted">{t('overview.withdrawn')}</span>
        )}
      </th>
      <td data-label={claimantHead}>
        <DataName of={claimant} />
      </td>
      <td data-label={claimedOn}>{formatClaimDate(claim)}</td>
      <td data-label={covers}>{formatPeriod(claim.period) ?? '—'}</td>
      <td data-label={sourceHead}>
        <SourceCredit dataset={dataset} source={source} />
      </td>
      <td data-label={confidence}>
        <ConfidenceBadge confidence={claim.confidence} />
      </td>
      <td data-label={notes} className="chart-data__notes" lang={lang}>
        {[
          claim.retracted && t('table.withdrawn', { reason: claim.retracted.reason }),
          claim.note,
          claim.derived && t('claim.howDerived', { how: claim.derived }),
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
      <summary>{t('table.show', { count: claims.length })}</summary>
      <div
        className="chart-data__scroll"
        tabIndex={0}
        role="region"
        aria-label={t('table.label', { caption })}
      >
        <table className="chart-data__table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {t(column)}
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
          {t('table.firstOf', {
            shown: formatCount(visible.length),
            total: formatCount(claims.length),
          })}{' '}
          <button type="button" className="button" onClick={more}>
            {t('table.showMore', { count: formatCount(next) })}
          </button>
        </p>
      )}
    </details>
  );
});
