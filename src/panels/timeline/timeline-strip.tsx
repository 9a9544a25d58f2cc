import { formatDate } from '../../lib/format';
import type { TimelineView } from './timeline-rows';

/**
 * The events as dots on a proportional time axis: the shape of the story at a glance. It repeats
 * the list below, so assistive technology skips it.
 */
export function TimelineStrip({
  view,
  marker,
}: {
  view: TimelineView;
  marker?: { position: number; label: string };
}) {
  return (
    <div className="timeline-strip" aria-hidden="true" style={{ height: 26 + view.lanes * 14 }}>
      <div className="timeline-strip__axis" />
      {view.years.map((year) => (
        <span
          key={year.label}
          className="timeline-strip__year"
          style={{ left: `${year.position * 100}%` }}
        >
          {year.label}
        </span>
      ))}
      {view.rows.map((row) =>
        row.width === undefined ? (
          <span
            key={row.id}
            className={
              row.isReport
                ? 'timeline-strip__dot timeline-strip__dot--report'
                : 'timeline-strip__dot'
            }
            style={{ left: `${row.position * 100}%`, bottom: 20 + row.lane * 14 }}
            title={`${formatDate(row.date)}: ${row.title}`}
          />
        ) : (
          // Known only to the month or year: drawn across all of it, not on its first day.
          <span
            key={row.id}
            className="timeline-strip__span"
            style={{
              left: `${row.position * 100}%`,
              width: `${row.width * 100}%`,
              bottom: 20 + row.lane * 14,
            }}
            title={`${formatDate(row.date)}: ${row.title}`}
          />
        ),
      )}
      {marker && (
        <span
          className="timeline-strip__marker"
          style={{ left: `${marker.position * 100}%` }}
          title={marker.label}
        />
      )}
    </div>
  );
}
