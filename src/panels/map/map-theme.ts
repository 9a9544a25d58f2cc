import type { FlowKind } from './flows';
import type { PlaceSymbol } from './map-places';

/** The map's colours for one colour scheme, as CSS hex; `rgba` turns them into deck colours. */
export interface MapPalette {
  ocean: string;
  land: string;
  border: string;
  ink: string;
  halo: string;
  countryLabel: string;
  disc: string;
  selected: string;
  river: string;
  rail: string;
  /** The outline of a detail on the overview, and of the view in focus. */
  frame: string;
  flows: Record<FlowKind, string>;
  symbols: Partial<Record<PlaceSymbol, string>>;
}

// Flow colours follow Okabe and Ito's palette for colour-blind readers, darkened on light land.
export const PALETTES: Record<'light' | 'dark', MapPalette> = {
  light: {
    ocean: '#cddfea',
    land: '#f4f2ed',
    border: '#a39d90',
    ink: '#1b1f24',
    halo: '#ffffff',
    countryLabel: '#5f666e',
    disc: '#1d4f91',
    selected: '#0b61d6',
    river: '#4f8fcc',
    rail: '#3b4047',
    frame: '#4b5563',
    flows: { munitions: '#d55e00', oil: '#a66f00', troops: '#007a5a' },
    symbols: { strike: '#9a3674', combat: '#a4161a' },
  },
  dark: {
    ocean: '#0e1a25',
    land: '#262b31',
    border: '#5d6772',
    ink: '#eef0f2',
    halo: '#121417',
    countryLabel: '#a6adb6',
    disc: '#8ab4f8',
    selected: '#8ab4f8',
    river: '#5f9fdc',
    rail: '#c9ced4',
    frame: '#aeb6c0',
    flows: { munitions: '#ff8a3d', oil: '#e6b400', troops: '#2fc59a' },
    symbols: { strike: '#f0a0d0', combat: '#ff8a80' },
  },
};

export type Rgba = [number, number, number, number];

/** "#d55e00" and an alpha from 0 to 255 as deck.gl's [r, g, b, a]. */
export function rgba(hex: string, alpha = 255): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export const symbolColor = (palette: MapPalette, symbol: PlaceSymbol) =>
  palette.symbols[symbol] ?? palette.ink;
