import { Panel } from '../../components/panel';
import { SourceLink } from '../../components/source-link';
import { SourceCredit } from '../../components/source-credit';
import { newestClaim } from '../../dataset/dates';
import { originalOutlet } from '../../dataset/source-credit';
import { formatClaimDate, formatDate } from '../../lib/format';
import '../../components/tag.css';
import { useVisibleDataset } from '../../store';
import { headlineRows } from './headline-rows';
import { overviewFigure } from './overview-export';
import './overview-panel.css';

export function OverviewPanel() {
  const dataset = useVisibleDataset();
  if (dataset === null) return null;
  const rows = headlineRows(dataset);
  const report = dataset.sources.find((s) => s.id === dataset.report);
  const relayed = report && originalOutlet(dataset, report);
  return (
    <Panel
      id="overview"
      title="The headline figures"
      subtitle={
        report
          ? `As reported${report.published ? ` on ${formatDate(report.published)}` : ''}, each with who claimed it; later claims beneath.`
          : 'Each figure with who claimed it and where.'
      }
      sourceLine={
        report && (
          <>
            Source: <SourceLink source={report}>{report.publisher}</SourceLink>
            {report.author ? `, ${report.author}` : ''}
            {relayed ? `, relaying ${relayed}` : ''}; figures as claimed by those named on each
            card.
          </>
        )
      }
      newest={newestClaim(dataset.claims)}
      actions={{
        claims: rows.flatMap((r) => [
          r.attributed.claim,
          ...(r.newer ? [r.newer.attributed.claim] : []),
        ]),
        figure: 'chart',
        drawFigure: (colours) => overviewFigure(rows, colours),
      }}
    >
      <ul className="headline-grid">
        {rows.map(({ id, label, short, words, attributed, newer }) => (
          <li key={id} className="headline" data-claim={id}>
            <p className="headline__label">{label}</p>
            <p className="headline__figure" aria-hidden="true">
              {short}
            </p>
            <p className="headline__words">
              <span className={attributed.claim.retracted ? 'retracted' : undefined}>{words}</span>
              {attributed.claim.retracted && <span className="tag tag--retracted">withdrawn</span>}
            </p>
            <p className="headline__by">
              {attributed.claimant.name}, reported by{' '}
              <SourceCredit dataset={dataset} source={attributed.source} />,{' '}
              {formatClaimDate(attributed.claim)}
            </p>
            {newer && (
              <p className="headline__newer">
                Newest: {newer.words} ({newer.attributed.claimant.name},{' '}
                <SourceLink source={newer.attributed.source}>
                  {formatClaimDate(newer.attributed.claim)}
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
