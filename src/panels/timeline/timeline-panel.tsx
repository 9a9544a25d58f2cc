import { t } from '../../i18n/messages';
import { dataLang } from '../../i18n/data-lang';
import { richText } from '../../i18n/rich';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { lookup } from '../../dataset/lookup';
import { Panel } from '../../components/panel';
import { DataName, DataText } from '../../components/data-text';
import { SourceLink } from '../../components/source-link';
import { claimDate } from '../../dataset/dates';
import { formatClaimDate, formatDate } from '../../lib/format';
import { useSelectedClaimId, useVisibleDataset } from '../../store';
import { newestEvent, positionOn, timelineView } from './timeline-rows';
import { TimelineStrip } from './timeline-strip';
import { ReportTag } from '../../components/report-badge';
import { timelineCsv, timelineFigure } from './timeline-export';
import './timeline.css';

export function TimelinePanel() {
  const dataset = useVisibleDataset();
  const selectedId = useSelectedClaimId();
  const view = useMemo(() => (dataset === null ? null : timelineView(dataset)), [dataset]);
  if (dataset === null || view === null) return null;
  const selected = selectedId === null ? undefined : lookup(dataset).claims.get(selectedId);
  const at = selected && positionOn(view, claimDate(selected).date);
  const publishers = [...new Set(view.rows.map((r) => r.source.publisher))];
  const lang = dataLang();
  return (
    <Panel
      id="timeline"
      title={t('panel.timeline.title')}
      subtitle={t('panel.timeline.subtitle')}
      sourceLine={
        publishers.length > 0
          ? richText('timeline.sources', {
              publishers: <DataText>{publishers.join(', ')}</DataText>,
            })
          : undefined
      }
      newest={newestEvent(view)}
      newestLabel={t('timeline.newestShown')}
      actions={{
        claims: [],
        figure: 'chart',
        drawFigure: (colours) => timelineFigure(view.rows, colours),
        csv: (label) => timelineCsv(view.rows, label),
        sources: view.rows.map((r) => r.source),
      }}
      notes={selected && <p>{t('timeline.markerNote', { date: formatClaimDate(selected) })}</p>}
    >
      {view.rows.length === 0 ? (
        <EmptyView what="empty.what.event" />
      ) : (
        <>
          <TimelineStrip
            view={view}
            marker={
              at === undefined
                ? undefined
                : {
                    position: at,
                    label: t('timeline.selectedMarker', { date: formatClaimDate(selected!) }),
                  }
            }
          />
          <ol className="timeline-list">
            {view.rows.map((row) => (
              <li key={row.id} className="timeline-item" data-event={row.id}>
                <time dateTime={row.date} className="timeline-item__date">
                  {formatDate(row.date)}
                </time>
                <p className="timeline-item__title">
                  {row.isReport && <ReportTag />} <DataText>{row.title}</DataText>
                </p>
                <p className="timeline-item__meta">
                  {row.place && (
                    <>
                      <DataName of={row.place} /> ·{' '}
                    </>
                  )}
                  {richText('timeline.source', {
                    source: (
                      <DataText>
                        <SourceLink source={row.source} />
                      </DataText>
                    ),
                  })}
                </p>
                {row.note && (
                  <p className="timeline-item__note" lang={lang}>
                    {row.note}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}
