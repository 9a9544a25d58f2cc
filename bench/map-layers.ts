/** Builds the map's layer data for a dataset with many places: `tsx bench/map-layers.ts <places>`. */
import { mapFlows } from '../src/panels/map/map-flows';
import { mapPlaces } from '../src/panels/map/map-places';
import { syntheticDataset } from './synthetic';

const n = Number(process.argv[2]);
const dataset = syntheticDataset(n, 2, n);
const start = performance.now();
const places = mapPlaces(dataset);
mapFlows(dataset, places);
console.log(JSON.stringify({ places: places.length, ms: performance.now() - start }));
