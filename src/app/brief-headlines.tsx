import type { Dataset } from '../dataset/schema';
import { formatClaimDate } from '../lib/format';
import { headlineRows } from '../panels/overview/headline-rows';

/**
 * The headline figures as a table for paper: each measure, the report's figure and the newest
 * claim on it, each with its claimant and date, side by side.
 */
export function BriefHeadlines({ dataset }: { dataset: Dataset }) {
  const rows = headlineRows(dataset);
  if (rows.length === 0) return null;
  return (
    <table className="brief__headlines">
      <caption>The headline figures: the report’s, and the newest on each measure</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">In the report</th>
          <th scope="col">Newest claim</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, label, words, attributed, newer }) => (
          <tr key={id}>
            <th scope="row">{label}</th>
            <td>
              <strong>{words}</strong> ({attributed.claimant.name},{' '}
              {formatClaimDate(attributed.claim, 'short')})
            </td>
            <td>
              {newer ? (
                <>
                  <strong>{newer.words}</strong> ({newer.attributed.claimant.name},{' '}
                  {formatClaimDate(newer.attributed.claim, 'short')})
                </>
              ) : (
                'none later'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
