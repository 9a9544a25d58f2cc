import { t } from '../../i18n/messages';
import { useMemo } from 'react';
import { EmptyView } from '../../components/empty-view';
import { lookup } from '../../dataset/lookup';
import { Panel } from '../../components/panel';
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
  return (
    <Panel
      id="timeline"
      title={t('panel.timeline.title')}
      subtitle={t('panel.timeline.subtitle')}
      sourceLine={publishers.length > 0 ? `Sources: ${publishers.join(', ')}.` : undefined}
      newest={newestEvent(view)}
      newestLabel="Newest event shown"
      actions={{
        claims: [],
        figure: 'chart',
        drawFigure: (colours) => timelineFigure(view.rows, colours),
        csv: (label) => timelineCsv(view.rows, label),
        sources: view.rows.map((r) => r.source),
      }}
      notes={
        selected && (
          <p>
            The marker on the axis shows when the selected claim was made (
            {formatClaimDate(selected)}).
          </p>
        )
      }
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
                : { position: at, label: `Selected claim, ${formatClaimDate(selected!)}` }
            }
          />
          <ol className="timeline-list">
            {view.rows.map((row) => (
              <li key={row.id} className="timeline-item" data-event={row.id}>
                <time dateTime={row.date} className="timeline-item__date">
                  {formatDate(row.date)}
                </time>
                <p className="timeline-item__title">
                  {row.isReport && <ReportTag />} {row.title}
                </p>
                <p className="timeline-item__meta">
                  {row.place && `${row.place} · `}Source: <SourceLink source={row.source} />
                </p>
                {row.note && <p className="timeline-item__note">{row.note}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}
