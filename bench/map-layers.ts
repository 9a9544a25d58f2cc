/**
 * Builds the map's layer data for the largest file the app accepts when every claim has a place
 * of its own: `tsx bench/map-layers.ts`.
 */
import { mapFlows } from '../src/panels/map/map-flows';
import { mapPlaces } from '../src/panels/map/map-places';
import { largestAccepted, syntheticDataset } from './synthetic';

const { claims } = largestAccepted((n) => syntheticDataset(n, 2, n));
const dataset = syntheticDataset(claims, 2, claims);
const start = performance.now();
const places = mapPlaces(dataset);
mapFlows(dataset, places);
console.log(JSON.stringify({ places: places.length, ms: performance.now() - start }));
