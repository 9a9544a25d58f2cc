import type { Dataset, Source } from '../../dataset/schema';
import { dateSpan } from '../../dataset/dates';
import { dateToTime } from '../../lib/time-scale';
import { localName, type LocalName, type Named } from '../../i18n/data-lang';

const placeName = (place: Named | undefined) => place && localName(place);

/** One event on the timeline, with what a reader needs to check it. */
export interface TimelineRow {
  id: string;
  date: string;
  title: string;
  source: Source;
  place: LocalName | undefined;
  note: string | undefined;
  /** The event is the publication of the report the dashboard is built around. */
  isReport: boolean;
  /** Where the event sits on the time axis, from 0 (start) to 1 (end): its first possible day. */
  position: number;
  /** For an event known only to the month or year: the share of the axis it spans. */
  width: number | undefined;
  /** Row of the overview strip, so that events close in time do not cover each other. */
  lane: number;
}

export interface TimelineView {
  rows: TimelineRow[];
  /** Year boundaries on the axis: "2023" at its position. */
  years: { label: string; position: number }[];
  lanes: number;
  /** The axis runs from the start of the first event's year to the end of the last one's. */
  start: number;
  end: number;
}

/** Events closer than this share of the axis go to the next lane of the strip. */
const MIN_GAP = 0.02;
const MAX_LANES = 4;

/** The dataset's events in date order, placed on a time axis of whole years. */
export function timelineView(dataset: Dataset): TimelineView {
  const events = [...dataset.events].sort(
    (a, b) =>
      dateSpan(a.date).start.localeCompare(dateSpan(b.date).start) ||
      dateSpan(a.date).end.localeCompare(dateSpan(b.date).end) ||
      a.id.localeCompare(b.id),
  );
  if (events.length === 0) return { rows: [], years: [], lanes: 0, start: 0, end: 0 };
  const firstYear = Number(events[0]!.date.slice(0, 4));
  const lastYear = Math.max(...events.map((e) => Number(e.date.slice(0, 4)))) + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(lastYear, 0, 1) - start;
  const at = (date: string) => (dateToTime(date) - start) / span;
  const laneEnds: number[] = [];
  const rows = events.flatMap((event): TimelineRow[] => {
    const source = dataset.sources.find((s) => s.id === event.source);
    if (source === undefined) return [];
    const { start: first, end: last, precision } = dateSpan(event.date);
    const position = at(first);
    const width = precision === 'day' ? undefined : at(last) + 1 / (span / 86_400_000) - position;
    let lane = laneEnds.findIndex((end) => position - end >= MIN_GAP);
    if (lane === -1)
      lane =
        laneEnds.length < MAX_LANES ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = position + (width ?? 0);
    return [
      {
        id: event.id,
        date: event.date,
        title: event.title,
        source,
        place: placeName(dataset.places.find((p) => p.id === event.place)),
        note: event.note,
        isReport: dataset.report !== undefined && event.source === dataset.report,
        position,
        width,
        lane,
      },
    ];
  });
  const years = [];
  for (let y = firstYear; y <= lastYear; y++)
    years.push({ label: String(y), position: (Date.UTC(y, 0, 1) - start) / span });
  return { rows, years, lanes: laneEnds.length, start, end: start + span };
}

/** Where a date falls on the axis (0 to 1), or undefined when it falls outside. */
export function positionOn(view: TimelineView, date: string): number | undefined {
  const p = (dateToTime(date) - view.start) / (view.end - view.start);
  return p >= 0 && p <= 1 ? p : undefined;
}

/** The date of the last event on the axis, for the panel's "newest event shown". */
export function newestEvent(view: TimelineView): { claimedOn: string } | undefined {
  const last = view.rows.reduce<TimelineRow | undefined>(
    (newest, row) => (newest === undefined || row.position >= newest.position ? row : newest),
    undefined,
  );
  return last && { claimedOn: last.date };
}
