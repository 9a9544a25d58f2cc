import { describe, expect, it } from 'vitest';
import { isKnownBy } from '../../dataset/dates';
import { visibleDataset } from '../../dataset/visible';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { knownAsOf } from './map-known';
import { discPixels, mapPlaces } from './map-places';

const published = publishedDataset();
const byId = (places: ReturnType<typeof mapPlaces>, id: string) => {
  const place = places.find((p) => p.id === id);
  if (!place) throw new Error(`no place ${id}`);
  return place;
};

describe('mapPlaces on the fixture', () => {
  it('draws its one place with its claim, selected by a click', () => {
    const [front, ...rest] = mapPlaces(fixtureDataset());
    expect(rest).toEqual([]);
    expect(front).toMatchObject({ id: 'front', symbol: 'combat', layer: 'places' });
    expect(front?.claims.map((c) => c.claim.id)).toEqual(['report-killed']);
    expect(front?.primaryClaimId).toBe('report-killed');
    expect(front?.inferred).toBe(false);
  });
});

describe('mapPlaces on the published dataset', () => {
  const places = mapPlaces(published);

  it('marks the February 11 Plant as an inferred identification, from its note', () => {
    const plant = byId(places, 'february-11-plant');
    expect(plant.inferred).toBe(true);
    expect(plant.note).toMatch(/Identification inferred/);
    expect(plant).toMatchObject({ symbol: 'factory', precision: 'exact' });
    expect(plant.coordinateSource?.publisher).toBe('Arms Control Wonk (CNS)');
  });

  it('gives each kind of place its own symbol', () => {
    const symbols = Object.fromEntries(places.map((p) => [p.id, p.symbol]));
    expect(symbols).toMatchObject({
      'tumangang-station': 'station',
      'khasan-station': 'station',
      'friendship-bridge': 'crossing',
      'vostochny-port': 'port',
      'kursk-oblast': 'combat',
      'vostochny-cosmodrome': 'summit',
      kharkiv: 'strike',
      pyongyang: 'capital',
      moscow: 'capital',
    });
  });

  it('lists the strikes at each strike site, oldest first', () => {
    expect(byId(places, 'kharkiv').strikes.map((e) => e.date)).toEqual([
      '2024-01-02',
      '2024-01-06',
      '2024-02-07',
    ]);
    expect(byId(places, 'kyiv').strikes.map((e) => e.id)).toEqual([
      'strike-kyiv-2024-01-02',
      'strike-kyiv-2025-04-24',
    ]);
  });

  it('selects a headline claim of the report first, else the first claim at the place', () => {
    expect(byId(places, 'kursk-oblast').primaryClaimId).toBe('report-killed');
    expect(byId(places, 'friendship-bridge').primaryClaimId).toBe('report-railcars-tripled');
    expect(byId(places, 'tumangang-station').primaryClaimId).toBe('csis-tumangang-baseline');
    expect(byId(places, 'moscow').primaryClaimId).toBeUndefined();
  });

  it('as of 23 December 2024, hides the 2025 Kyiv strike and claims made later', () => {
    const asOf = mapPlaces(visibleDataset(published, { asOf: '2024-12-23', minConfidence: 'low' }));
    expect(byId(asOf, 'kyiv').strikes.map((e) => e.date)).toEqual(['2024-01-02']);
    expect(byId(asOf, 'kursk-oblast').claims.every((c) => isKnownBy(c.claim, '2024-12-23'))).toBe(
      true,
    );
  });

  it('fades places nothing on record was about at the date, capitals and bare geography aside', () => {
    const date = '2023-12-31';
    const early = mapPlaces(
      visibleDataset(published, { asOf: date, minConfidence: 'low' }),
      knownAsOf(published, date).placeIds,
    );
    const known = Object.fromEntries(early.map((p) => [p.id, p.known]));
    expect(known).toMatchObject({
      kharkiv: false,
      'kursk-oblast': false,
      'vostochny-port': false,
      'tumangang-station': true,
      'khasan-station': true,
      pyongyang: true,
      moscow: true,
    });
    expect(early.map((p) => p.id)).toContain('kharkiv');
    expect(mapPlaces(published).every((p) => p.known)).toBe(true);
  });
});

describe('discPixels', () => {
  it('draws no disc for an exact site, and never smaller than the class minimum', () => {
    expect(discPixels({ precision: 'exact', position: [0, 50] }, 3)).toBe(0);
    expect(discPixels({ precision: 'region', position: [36, 51.75] }, 2)).toBe(18);
    expect(discPixels({ precision: 'city', position: [36, 50] }, 2)).toBe(14);
  });

  it('grows with the zoom once the ground radius is larger than the minimum', () => {
    // 40 km at 51.75° N and zoom 8 (a world 512 × 2^8 pixels wide): about 189 m a pixel.
    expect(discPixels({ precision: 'region', position: [36, 51.75] }, 8)).toBeCloseTo(211.3, 0);
  });
});
