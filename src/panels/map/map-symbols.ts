import { t } from './map-messages';
import type { PlaceSymbol } from './map-places';

/**
 * Each symbol as an SVG path in a 24-unit box: the legend draws them as SVG and the map paints
 * the same paths into its icon atlas, so the key always matches the map.
 */
export const SYMBOL_PATHS: Record<PlaceSymbol | 'arrow', string> = {
  factory: 'M3 21V9l5 3V9l5 3V4h4v8h4v9z',
  station: 'M4 12a8 8 0 1 0 16 0a8 8 0 1 0-16 0z',
  crossing: 'M12 2l10 10-10 10L2 12z',
  port: 'M3 5h18L12 21z',
  combat: 'M5 2l7 7 7-7 3 3-7 7 7 7-3 3-7-7-7 7-3-3 7-7-7-7z',
  summit: 'M12 1.5l3.2 6.8 7.3.9-5.4 5.1 1.4 7.3L12 18l-6.5 3.6 1.4-7.3-5.4-5.1 7.3-.9z',
  strike:
    'M12 1l2.4 6.2L20.5 4l-2.7 6 6 2-6 2 2.7 6-6.1-3.2L12 23l-2.4-6.2-6.1 3.2 2.7-6-6-2 6-2-2.7-6 6.1 3.2z',
  capital:
    'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0zM6 12a6 6 0 1 1 12 0a6 6 0 1 1-12 0zM9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0z',
  place: 'M7 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0z',
  arrow: 'M4 4l17 8-17 8 4-8z',
};

/** Symbols drawn with the even-odd rule (the capital's ring). */
export const EVEN_ODD = new Set<keyof typeof SYMBOL_PATHS>(['capital']);

/** What each symbol stands for, in the legend's words: "Missile plant". */
export const symbolLabel = (symbol: PlaceSymbol): string => t(`map.symbol.${symbol}`);
