import type { Dataset } from '../dataset/schema';
import { attribute, claimsByIds } from '../dataset/lookup';
import { formatClaimDate, formatCount, formatFigure, formatPeriod } from '../lib/format';
import { metricLabel } from '../lib/metrics';
import { ConfidenceBadge } from './confidence-badge';
import { SourceCredit } from './source-credit';
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

/** The chart's claims as a real table, behind "Show the data": reachable by keyboard and screen reader. */
export function ChartDataTable({
  dataset,
  claimIds,
  caption,
  selectedId,
  onSelect,
}: ChartDataTableProps) {
  const claims = claimsByIds(dataset, claimIds);
  const selectedAt = selectedId === null ? -1 : claims.findIndex((c) => c.id === selectedId);
  // The panels hand over a new list each render: start again at one page when its claims change.
  const { visible, rest, next, more } = usePaged(
    claims,
    `${claims.length}:${claims[0]?.id}:${claims.at(-1)?.id}:${dataset.updated}`,
    selectedAt,
  );
  return (
    <details className="chart-data">
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
              <th scope="col">Measure</th>
              <th scope="col">Claim</th>
              <th scope="col">Claimant</th>
              <th scope="col">Claimed on</th>
              <th scope="col">Covers</th>
              <th scope="col">Source</th>
              <th scope="col">Confidence</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((claim) => {
              const { claimant, source } = attribute(dataset, claim);
              const selected = claim.id === selectedId;
              return (
                <tr key={claim.id} data-claim={claim.id} data-selected={selected ? '' : undefined}>
                  <td data-label="Measure">{metricLabel(claim.metric)}</td>
                  <th scope="row" data-label="Claim">
                    <button
                      type="button"
                      className="claim-button"
                      aria-pressed={selected}
                      onClick={() => onSelect(claim.id)}
                    >
                      <span className={claim.retracted ? 'retracted' : undefined}>
                        {formatFigure(claim)}
                      </span>
                    </button>
                    {claim.derived !== undefined && <span className="tag">derived</span>}
                    {claim.retracted !== undefined && (
                      <span className="tag tag--retracted">withdrawn</span>
                    )}
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
            })}
          </tbody>
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
}
