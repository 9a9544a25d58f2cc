import type { Dataset } from '../dataset/schema';
import { formatClaimDate } from '../lib/format';
import { headlineRows } from '../panels/overview/headline-rows';
import type { AttributedClaim } from '../dataset/lookup';
import { DataName } from '../components/data-text';
import { richText } from '../i18n/rich';
import { t } from './brief-messages';

/** A figure in its words, in bold, with who claimed it and when: "more than 100 killed (…, …)". */
function Figure({ words, attributed }: { words: string; attributed: AttributedClaim }) {
  return richText('brief.headlines.figure', {
    figure: <strong>{words}</strong>,
    claimant: <DataName of={attributed.claimant} />,
    date: formatClaimDate(attributed.claim, 'short'),
  });
}

/**
 * The headline figures as a table for paper: each measure, the report's figure and the newest
 * claim on it, each with its claimant and date, side by side.
 */
export function BriefHeadlines({ dataset }: { dataset: Dataset }) {
  const rows = headlineRows(dataset);
  if (rows.length === 0) return null;
  return (
    <table className="brief__headlines">
      <caption>{t('brief.headlines.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.measure')}</th>
          <th scope="col">{t('overview.inReport')}</th>
          <th scope="col">{t('overview.newestClaim')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, label, words, attributed, newer }) => (
          <tr key={id}>
            <th scope="row">
              <DataName of={label} />
            </th>
            <td>
              <Figure words={words} attributed={attributed} />
            </td>
            <td>
              {newer ? (
                <Figure words={newer.words} attributed={newer.attributed} />
              ) : (
                t('brief.headlines.noneLater')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
