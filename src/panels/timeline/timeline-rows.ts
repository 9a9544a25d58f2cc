import type { Dataset, Source } from '../../dataset/schema';
import { dateToTime } from '../../lib/time-scale';

/** One event on the timeline, with what a reader needs to check it. */
export interface TimelineRow {
  id: string;
  date: string;
  title: string;
  source: Source;
  place: string | undefined;
  note: string | undefined;
  /** The event is the publication of the report the dashboard is built around. */
  isReport: boolean;
  /** Where the event sits on the time axis, from 0 (start) to 1 (end). */
  position: number;
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
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  if (events.length === 0) return { rows: [], years: [], lanes: 0, start: 0, end: 0 };
  const firstYear = Number(events[0]!.date.slice(0, 4));
  const lastYear = Number(events[events.length - 1]!.date.slice(0, 4)) + 1;
  const start = Date.UTC(firstYear, 0, 1);
  const span = Date.UTC(lastYear, 0, 1) - start;
  const at = (date: string) => (dateToTime(date) - start) / span;
  const laneEnds: number[] = [];
  const rows = events.flatMap((event): TimelineRow[] => {
    const source = dataset.sources.find((s) => s.id === event.source);
    if (source === undefined) return [];
    const position = at(event.date);
    let lane = laneEnds.findIndex((end) => position - end >= MIN_GAP);
    if (lane === -1)
      lane =
        laneEnds.length < MAX_LANES ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = position;
    return [
      {
        id: event.id,
        date: event.date,
        title: event.title,
        source,
        place: dataset.places.find((p) => p.id === event.place)?.name,
        note: event.note,
        isReport: dataset.report !== undefined && event.source === dataset.report,
        position,
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
