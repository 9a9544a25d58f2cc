import { Panel } from '../../components/panel';
import { SourceLink } from '../../components/source-link';
import { formatDate } from '../../lib/format';
import { useVisibleDataset } from '../../store';
import { headlineRows } from './headline-rows';
import './overview-panel.css';

export function OverviewPanel() {
  const dataset = useVisibleDataset();
  if (dataset === null) return null;
  const rows = headlineRows(dataset);
  const report = dataset.sources.find((s) => s.id === dataset.report);
  const relayed = report?.relays && dataset.sources.find((s) => s.id === report.relays);
  return (
    <Panel
      id="overview"
      title="The headline figures"
      subtitle={
        report
          ? `As reported on ${formatDate(report.published ?? dataset.updated)}, each with who claimed it; later claims beneath.`
          : 'Each figure with who claimed it and where.'
      }
      sourceLine={
        report && (
          <>
            Source: <SourceLink source={report}>{report.publisher}</SourceLink>
            {report.author ? `, ${report.author}` : ''}
            {relayed ? `, relaying ${relayed.publisher.replace(/ \(.*\)$/, '')}` : ''}; figures as
            claimed by those named on each card.
          </>
        )
      }
      asOf={dataset.updated}
      actions={{ claims: rows.map((r) => r.attributed.claim), figure: 'none' }}
    >
      <ul className="headline-grid">
        {rows.map(({ id, label, short, words, attributed, newer }) => (
          <li key={id} className="headline" data-claim={id}>
            <p className="headline__label">{label}</p>
            <p className="headline__figure" aria-hidden="true">
              {short}
            </p>
            <p className="headline__words">{words}</p>
            <p className="headline__by">
              {attributed.claimant.name}, via <SourceLink source={attributed.source} />,{' '}
              {formatDate(attributed.claim.claimedOn)}
            </p>
            {newer && (
              <p className="headline__newer">
                Newest: {newer.words} ({newer.attributed.claimant.name},{' '}
                <SourceLink source={newer.attributed.source}>
                  {formatDate(newer.attributed.claim.claimedOn)}
                </SourceLink>
                )
              </p>
            )}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
