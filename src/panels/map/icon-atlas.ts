import { t } from './map-messages';
import { EVEN_ODD, SYMBOL_PATHS } from './map-symbols';

/** Where an icon sits in the atlas, as deck's IconLayer wants it; `mask` lets getColor tint it. */
export interface IconFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  mask: true;
}

const CELL = 64;
const SCALE = 2; // the 24-unit paths drawn at 48 pixels, with room for the halo's stroke
const HALO = 3.2;

let built: { atlas: HTMLCanvasElement; mapping: Record<string, IconFrame> } | undefined;

/**
 * Paints every symbol, and a fattened "-halo" copy of it, into one white-on-transparent canvas,
 * drawn at run time from the legend's own paths. deck.gl takes the canvas as it is: no image is
 * fetched, not even a data: URL, which the page's Content-Security-Policy (connect-src) refuses.
 */
export function iconAtlas() {
  if (built) return built;
  const names = Object.keys(SYMBOL_PATHS) as (keyof typeof SYMBOL_PATHS)[];
  const canvas = document.createElement('canvas');
  canvas.width = CELL * names.length;
  canvas.height = CELL * 2;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error(t('map.noCanvasSymbols'));
  const mapping: Record<string, IconFrame> = {};
  names.forEach((name, i) => {
    const path = new Path2D(SYMBOL_PATHS[name]);
    const rule = EVEN_ODD.has(name) ? 'evenodd' : 'nonzero';
    for (const [row, halo] of [
      [0, false],
      [1, true],
    ] as const) {
      context.save();
      context.translate(i * CELL + (CELL - 24 * SCALE) / 2, row * CELL + (CELL - 24 * SCALE) / 2);
      context.scale(SCALE, SCALE);
      context.fillStyle = '#fff';
      context.fill(path, halo ? 'nonzero' : rule);
      if (halo) {
        context.strokeStyle = '#fff';
        context.lineWidth = HALO;
        context.lineJoin = 'round';
        context.stroke(path);
      }
      context.restore();
      mapping[halo ? `${name}-halo` : name] = {
        x: i * CELL,
        y: row * CELL,
        width: CELL,
        height: CELL,
        mask: true,
      };
    }
  });
  built = { atlas: canvas, mapping };
  return built;
}
