import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../testing/published-dataset';
import { mapFlows } from './map-flows';
import { mapPlaces } from './map-places';
import { mapSourceLine } from './map-text';

describe('mapSourceLine', () => {
  it('names where the locations come from, counts the claims and credits the basemap', () => {
    const dataset = publishedDataset();
    const places = mapPlaces(dataset);
    const flows = mapFlows(dataset, places);
    const claims = new Set([
      ...places.flatMap((p) => p.claims.map((c) => c.claim.id)),
      ...flows.flatMap((f) => (f.claim ? [f.claim.claim.id] : [])),
    ]);
    expect(mapSourceLine(places, flows)).toBe(
      `Locations: Arms Control Wonk (CNS), Wikipedia. Figures: ${claims.size} claims, each as claimed by those named in its tooltip. Basemap: Natural Earth, via world-atlas.`,
    );
  });
});
