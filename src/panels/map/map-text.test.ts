import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../testing/published-dataset';
import { mapFlows } from './map-flows';
import { mapPlaces } from './map-places';
import { selectionTargets } from './layer-toggles';
import { mapSourceLine, selectedSentence } from './map-text';

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
      `Locations: Arms Control Wonk (CNS), Wikipedia. Figures: ${claims.size} claims, each as claimed by those named in its tooltip. Basemap and the Tumen river: Natural Earth (public domain), via world-atlas; the rail line at the crossing is schematic.`,
    );
  });
});

describe('selectedSentence', () => {
  it('puts the selected claim in words when the map highlights it, and nothing otherwise', () => {
    const dataset = publishedDataset();
    const places = mapPlaces(dataset);
    const flows = mapFlows(dataset, places);
    const kursk = selectionTargets(places, flows, 'zelensky-2024-12-23');
    expect(selectedSentence(dataset, 'zelensky-2024-12-23', kursk)).toBe(
      'more than 3,000 killed or wounded, according to President Zelensky, 23 December 2024',
    );
    const none = selectionTargets(places, flows, 'report-arms-earnings');
    expect(selectedSentence(dataset, 'report-arms-earnings', none)).toBeUndefined();
  });
});
