import { lazy } from 'react';

let loading: Promise<typeof import('./map-canvas')> | undefined;

/** Fetches the map's code (deck.gl, its own chunk) once, whoever asks first. */
export function preloadMapCanvas() {
  loading ??= import('./map-canvas');
  return loading;
}

export const LazyMapCanvas = lazy(preloadMapCanvas);
