import { project, viewBounds, type LonLat, type MapViewState } from './geo';
import {
  labelBox,
  labelSize,
  placeLabels,
  type Box,
  type FixedLabel,
  estimateWidth,
  type LabelOptions,
  type MapLabel,
  type Measure,
} from './map-labels';
import { viewTitle, type MapLayout, type ViewId } from './map-layout';
import type { MapPlace } from './map-places';

/** A label with the view it is drawn in and its box on the whole stage, for tests and exports. */
export interface PlacedLabel extends MapLabel {
  view: ViewId;
  box: Box;
  /** Where its point falls on the stage. */
  anchor: [number, number];
}

const DETAILS: ViewId[] = ['border', 'front'];
/** The overview labels places of its own only when its free room is at least this wide. */
const OVERVIEW_PLACES_FROM = 420;

/** The outline of each detail's current view, as a closed ring to draw on the overview. */
export function frameRings(
  layout: MapLayout,
  views: Record<ViewId, MapViewState>,
): { id: ViewId; ring: LonLat[] }[] {
  return layout.views
    .filter((rect) => DETAILS.includes(rect.id))
    .map((rect) => {
      const { west, south, east, north } = viewBounds(views[rect.id], rect);
      return {
        id: rect.id,
        ring: [
          [west, north],
          [east, north],
          [east, south],
          [west, south],
          [west, north],
        ],
      };
    });
}

const inside = (p: LonLat, b: { west: number; south: number; east: number; north: number }) =>
  p[0] >= b.west && p[0] <= b.east && p[1] >= b.south && p[1] <= b.north;

/**
 * Every view's labels: each detail labels its own places; the overview names the details' frames
 * and labels only the places no detail shows, so a name is written once where it reads best.
 */
export function viewLabels(
  places: MapPlace[],
  layout: MapLayout,
  views: Record<ViewId, MapViewState>,
  measure: Measure = estimateWidth,
): PlacedLabel[] {
  const details = frameRings(layout, views).map((f) => ({
    id: f.id,
    bounds: viewBounds(views[f.id], layout.views.find((v) => v.id === f.id) ?? layout.views[0]!),
  }));
  return layout.views.flatMap((rect) => {
    const view = views[rect.id];
    // The view's name sits in its top left corner, over the map (map-view-frames.tsx).
    const title = {
      left: 0,
      top: 0,
      right: labelSize(viewTitle(rect.id), 12).width + 34,
      bottom: 28,
    };
    // Narrow views write a little smaller, so the key places' labels find room.
    const fontSize = rect.width < 360 ? 11.5 : 12.5;
    let options: LabelOptions = { blocked: [title], fontSize, measure };
    if (rect.id === 'overview') {
      // A small overview names only the frames: its few pixels go to the routes.
      const small = rect.width - rect.padding.left - rect.padding.right < OVERVIEW_PLACES_FROM;
      const shown = places.filter(
        (p) => small || details.some((d) => inside(p.position, d.bounds)),
      );
      const fixed: FixedLabel[] = details.map(({ id, bounds }) => ({
        id: `frame-${id}`,
        text: viewTitle(id),
        position: [bounds.west, bounds.north],
        sides: [
          { pixelOffset: [0, -4], textAnchor: 'start', alignmentBaseline: 'bottom' },
          { pixelOffset: [-4, 0], textAnchor: 'end', alignmentBaseline: 'top' },
          { pixelOffset: [0, -4], textAnchor: 'end', alignmentBaseline: 'bottom' },
        ],
      }));
      const blocked = layout.views
        .filter((v) => v.id !== 'overview' && layout.kind === 'insets')
        .map((v) => ({
          left: v.x - rect.x - 4,
          top: v.y - rect.y - 4,
          right: v.x - rect.x + v.width + 4,
          bottom: v.y - rect.y + v.height + 4,
        }));
      options = {
        unlabelled: new Set(shown.map((p) => p.id)),
        fixed,
        blocked: [title, ...blocked],
      };
    }
    return placeLabels(places, view, rect, options).map((label) => {
      const [x, y] = project(label.position, view, rect);
      const box = labelBox([x, y], label, label.text, label.size, measure);
      return {
        ...label,
        view: rect.id,
        anchor: [rect.x + x, rect.y + y] as [number, number],
        box: {
          left: rect.x + box.left,
          top: rect.y + box.top,
          right: rect.x + box.right,
          bottom: rect.y + box.bottom,
        },
      };
    });
  });
}
