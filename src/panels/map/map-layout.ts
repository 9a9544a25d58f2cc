import { t } from './map-messages';

/** The map's three views: two details and the overview of the routes between them. */
export type ViewId = 'border' | 'front' | 'overview';
export const VIEW_IDS: ViewId[] = ['border', 'front', 'overview'];

/** What a view is called on its frame, in the key and in the export: "Kursk and Ukraine". */
export const viewTitle = (id: ViewId): string => t(`map.view.${id}`);

export type Size = { width: number; height: number };

/** A view's box on the map's canvas, in CSS pixels from its top left. */
export interface ViewRect {
  id: ViewId;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Room to keep free at each side when fitting the view's places: the insets over it. */
  padding: { left: number; right: number; top: number; bottom: number };
}

export interface MapLayout {
  kind: 'insets' | 'grid' | 'stacked';
  views: ViewRect[];
}

/** Below this width the views stack; the stage's container query uses the same width. */
export const STACK_BELOW = 560;
/** From this width the details float over the overview; between the two, they sit below it. */
export const INSETS_FROM = 1000;
const GAP = 8;
/** Share of a stacked stage's height each view gets, top to bottom. */
const STACK_SHARES: [ViewId, number][] = [
  ['border', 0.47],
  ['front', 0.27],
  ['overview', 0.26],
];
const FIT_MARGIN = 18;

const even = (n: number) => ({ left: n, right: n, top: n, bottom: n });

/**
 * Where each view goes in a stage of this size. On a wide stage the overview fills it and the two
 * details float over its right-hand side, the overview's places fitted to the room left of them;
 * on a middling one (a tablet, a 700 px embed) the overview is a band above the two details; on a
 * narrow one the views stack, the border region first.
 */
export function mapLayout({ width, height }: Size): MapLayout {
  if (width < STACK_BELOW) {
    const free = Math.max(height - GAP * (STACK_SHARES.length - 1), 0);
    let y = 0;
    const views = STACK_SHARES.map(([id, share], i) => {
      const h = i === STACK_SHARES.length - 1 ? Math.max(height - y, 0) : Math.round(free * share);
      const rect = { id, x: 0, y, width, height: h, padding: even(FIT_MARGIN) };
      y += h + GAP;
      return rect;
    });
    return { kind: 'stacked', views };
  }
  if (width < INSETS_FROM) {
    // The overview's story is a wide band: it takes the top, the details share the rest.
    const top = Math.round((height - GAP) * 0.4);
    const half = Math.floor((width - GAP) / 2);
    const below = height - top - GAP;
    return {
      kind: 'grid',
      views: [
        { id: 'overview', x: 0, y: 0, width, height: top, padding: even(FIT_MARGIN) },
        { id: 'border', x: 0, y: top + GAP, width: half, height: below, padding: even(FIT_MARGIN) },
        {
          id: 'front',
          x: half + GAP,
          y: top + GAP,
          width: width - half - GAP,
          height: below,
          padding: even(FIT_MARGIN),
        },
      ],
    };
  }
  const insetWidth = Math.round(Math.min(Math.max(width * 0.4, 250), 470));
  const x = width - insetWidth - GAP;
  const borderHeight = Math.round((height - 3 * GAP) * 0.56);
  const frontHeight = height - 3 * GAP - borderHeight;
  // The overview comes first: views are drawn in order, and the insets lie over it.
  return {
    kind: 'insets',
    views: [
      {
        id: 'overview',
        x: 0,
        y: 0,
        width,
        height,
        padding: { ...even(FIT_MARGIN + 6), right: insetWidth + 2 * GAP + FIT_MARGIN },
      },
      {
        id: 'border',
        x,
        y: GAP,
        width: insetWidth,
        height: borderHeight,
        padding: even(FIT_MARGIN),
      },
      {
        id: 'front',
        x,
        y: 2 * GAP + borderHeight,
        width: insetWidth,
        height: frontHeight,
        padding: even(FIT_MARGIN),
      },
    ],
  };
}

/** The view whose box holds a point of the stage: the insets lie over the overview. */
export function viewAt(layout: MapLayout, x: number, y: number): ViewId | undefined {
  const hit = layout.views.find(
    (v) => v.id !== 'overview' && x >= v.x && x <= v.x + v.width && y >= v.y && y <= v.y + v.height,
  );
  if (hit) return hit.id;
  const overview = layout.views.find((v) => v.id === 'overview');
  return overview &&
    x >= overview.x &&
    x <= overview.x + overview.width &&
    y >= overview.y &&
    y <= overview.y + overview.height
    ? 'overview'
    : undefined;
}

export const rectOf = (layout: MapLayout, id: ViewId): ViewRect => {
  const rect = layout.views.find((v) => v.id === id);
  if (!rect) throw new Error(`no view ${id} in the layout`);
  return rect;
};
