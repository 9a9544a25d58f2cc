import { EmptyView } from '../../components/empty-view';
import { Panel } from '../../components/panel';
import { DataText } from '../../components/data-text';
import { SourceLink } from '../../components/source-link';
import { SourceCredit } from '../../components/source-credit';
import { newestClaim } from '../../dataset/dates';
import type { AttributedClaim } from '../../dataset/lookup';
import type { Dataset, Source } from '../../dataset/schema';
import { originalOutlet } from '../../dataset/source-credit';
import { formatClaimDate, formatDate } from '../../lib/format';
import '../../components/tag.css';
import { useAsOf, useMinConfidence, useVisibleDataset } from '../../store';
import { headlineRows } from './headline-rows';
import { t } from '../../i18n/messages';
import { richText } from '../../i18n/rich';
import { overviewFigure } from './overview-export';
import './overview-panel.css';
import { DataName } from '../../components/data-text';

/**
 * One figure of a headline row, the report's or the newest: the figure, its words with their
 * qualifier, and who claimed it when, the date linking to the source. Both are drawn alike, so
 * that neither reads as the more current.
 */
function HeadlineFigure({
  dataset,
  short,
  words,
  attributed,
  report,
}: {
  dataset: Dataset;
  short: string;
  words: string;
  attributed: AttributedClaim;
  report: Source | undefined;
}) {
  const { claim, claimant, source } = attributed;
  const fromReport = report !== undefined && source.id === report.id;
  return (
    <>
      <p className="headline__figure" aria-hidden="true">
        {short}
      </p>
      <p className="headline__words">
        <span className={claim.retracted ? 'retracted' : undefined}>{words}</span>
        {claim.retracted && <span className="tag tag--retracted">{t('overview.withdrawn')}</span>}
      </p>
      <p className="headline__by">
        <DataName of={claimant} />,{' '}
        <SourceLink source={source}>{formatClaimDate(claim)}</SourceLink>
        {fromReport ? (
          ` (${t('overview.theReport')})`
        ) : (
          <>
            {' '}
            (<SourceCredit dataset={dataset} source={source} link={false} />)
          </>
        )}
      </p>
    </>
  );
}

export function OverviewPanel() {
  const dataset = useVisibleDataset();
  const asOf = useAsOf();
  const minConfidence = useMinConfidence();
  const filtered = asOf !== null || minConfidence !== 'low';
  if (dataset === null) return null;
  const rows = headlineRows(dataset);
  const report = dataset.sources.find((s) => s.id === dataset.report);
  const relayed = report && originalOutlet(dataset, report);
  const reportDate = report?.published ? formatDate(report.published) : null;
  const reportHead = reportDate
    ? t('overview.reportOf', { date: reportDate })
    : t('overview.report');
  const newest = newestClaim(dataset.claims);
  return (
    <Panel
      id="overview"
      title={t('overview.title')}
      subtitle={t('overview.subtitle', { reportHead })}
      sourceLine={
        report &&
        richText('overview.sourceLine', {
          report: (
            <>
              <DataText>
                <SourceLink source={report}>{report.publisher}</SourceLink>
                {report.author ? `, ${report.author}` : ''}
              </DataText>
              {relayed
                ? richText('overview.relaying', {
                    outlet: <DataText>{relayed}</DataText>,
                  })
                : ''}
            </>
          ),
        })
      }
      newest={newest}
      actions={{
        claims: rows.flatMap((r) => [
          r.attributed.claim,
          ...(r.newer ? [r.newer.attributed.claim] : []),
        ]),
        figure: 'chart',
        empty: rows.length === 0,
        drawFigure: (colours) => overviewFigure(rows, colours),
      }}
    >
      {rows.length === 0 ? (
        <EmptyView what="empty.what.report" />
      ) : (
        <div className="headline-table">
          <p className="headline-table__head" aria-hidden="true">
            <span />
            <span>{reportHead}</span>
            <span>{t('overview.newestClaim')}</span>
          </p>
          <ul className="headline-list">
            {rows.map(({ id, label, short, words, attributed, newer }) => (
              <li key={id} className="headline" data-claim={id}>
                <h3 className="headline__label">
                  <DataName of={label} />
                </h3>
                <div className="headline__cell headline__cell--report">
                  <p className="headline__role">{t('overview.inReport')}</p>
                  <HeadlineFigure
                    dataset={dataset}
                    short={short}
                    words={words}
                    attributed={attributed}
                    report={report}
                  />
                </div>
                <div
                  className="headline__cell headline__cell--newer"
                  data-claim={newer?.attributed.claim.id}
                >
                  <p className="headline__role">{t('overview.newestClaim')}</p>
                  {newer ? (
                    <HeadlineFigure dataset={dataset} {...newer} report={report} />
                  ) : (
                    <p className="headline__none">
                      {t(filtered ? 'overview.noLaterInView' : 'overview.noLaterInDataset')}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Panel>
  );
}
