import { describe, expect, it } from 'vitest';
import { visibleDataset } from '../../dataset/visible';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { FLOWS } from './flows';
import { BASE_WIDTH, mapFlows, widthExplanation } from './map-flows';
import { knownAsOf } from './map-known';
import { mapPlaces } from './map-places';

const published = publishedDataset();
const flowsOf = (dataset = published) => mapFlows(dataset, mapPlaces(dataset));
const asOf = (date: string) => visibleDataset(published, { asOf: date, minConfidence: 'low' });

/** Great-circle distance in km. */
function haversine([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('the flows table against the published dataset', () => {
  const places = new Map(published.places.map((p) => [p.id, p]));
  const claims = new Set(published.claims.map((c) => c.id));
  const events = new Set(published.events.map((e) => e.id));

  it('names places, claims and events that all exist', () => {
    for (const row of FLOWS) {
      expect(places.has(row.from), `${row.id} from`).toBe(true);
      expect(places.has(row.to), `${row.id} to`).toBe(true);
      if (row.claim) expect(claims.has(row.claim), `${row.id} claim`).toBe(true);
      for (const id of row.evidence)
        expect(claims.has(id) || events.has(id), `${row.id} evidence ${id}`).toBe(true);
    }
  });

  it('draws every flow when nothing is hidden, each endpoint resolved', () => {
    const flows = flowsOf();
    expect(flows.map((f) => f.id)).toEqual(FLOWS.map((r) => r.id));
    for (const flow of flows) {
      expect(flow.path[0]?.[0]).toBeCloseTo(flow.from.position[0], 6);
      expect(flow.path[0]?.[1]).toBeCloseTo(flow.from.position[1], 6);
      expect(flow.path.at(-1)?.[0]).toBeCloseTo(flow.to.position[0], 6);
      expect(flow.path.at(-1)?.[1]).toBeCloseTo(flow.to.position[1], 6);
    }
  });

  it('routes munitions through the crossing, whose three points lie within 5 km of each other', () => {
    const chain = flowsOf().filter((f) => f.kind === 'munitions');
    expect(chain.map((f) => [f.from.id, f.to.id])).toEqual([
      ['february-11-plant', 'tumangang-station'],
      ['tumangang-station', 'khasan-station'],
      ['khasan-station', 'kursk-oblast'],
    ]);
    const bridge = places.get('friendship-bridge');
    expect(chain[1]?.path[1]).toEqual([bridge?.lon, bridge?.lat]);
    const crossing = ['tumangang-station', 'friendship-bridge', 'khasan-station'].map((id) => {
      const p = places.get(id);
      if (!p) throw new Error(id);
      return [p.lon, p.lat] as [number, number];
    });
    for (const a of crossing) for (const b of crossing) expect(haversine(a, b)).toBeLessThan(5);
  });

  it('draws no arc from Korea into Ukraine: the missiles travel with the munitions into Russia', () => {
    const flows = flowsOf();
    expect(flows.filter((f) => f.to.symbol === 'strike')).toEqual([]);
    expect(flows.map((f) => f.to.id)).not.toContain('kyiv');
    expect(flows.find((f) => f.id === 'munitions-plant-tumangang')?.claim?.claim.id).toBe(
      'report-hwasong-11',
    );
  });

  it('marks every leg but the crossing as drawn for orientation', () => {
    const flows = flowsOf();
    expect(flows.filter((f) => !f.orientation).map((f) => f.id)).toEqual(['munitions-crossing']);
    for (const f of flows.filter((f) => f.orientation))
      expect(f.note).toMatch(/orientation|stand for/);
  });

  it('keeps every arc at the base width while no two claims count the same thing', () => {
    const flows = flowsOf();
    for (const f of flows) expect(f.width).toBe(BASE_WIDTH);
    expect(widthExplanation(flows)).toMatch(/All arcs have the same width/);
  });

  it('fades troops before any were reported sent and oil before the first tanker, and keeps the crossing', () => {
    const date = '2024-01-01';
    const flows = mapFlows(asOf(date), mapPlaces(asOf(date)), knownAsOf(published, date));
    const known = Object.fromEntries(flows.map((f) => [f.id, f.known]));
    expect(known).toMatchObject({
      'troops-north-korea-kursk': false,
      'oil-vostochny-north-korea': false,
      'munitions-crossing': true,
    });
    expect(flows).toHaveLength(FLOWS.length);
  });

  it('keeps an arc whose claim is hidden, without the claim, at the base width', () => {
    const troops = flowsOf(asOf('2024-11-30')).find((f) => f.id === 'troops-north-korea-kursk');
    expect(troops).toMatchObject({ claim: undefined, width: BASE_WIDTH });
  });

  it('fans out arcs between the same two points', () => {
    const row = FLOWS.find((r) => r.id === 'troops-north-korea-kursk')!;
    const flows = mapFlows(published, mapPlaces(published), undefined, [
      row,
      { ...row, id: 'twin' },
    ]);
    expect(flows[0]?.path[16]).not.toEqual(flows[1]?.path[16]);
  });
});

describe('mapFlows on the fixture', () => {
  it('draws nothing when the places of the table are missing, and says widths are equal', () => {
    const flows = flowsOf(fixtureDataset());
    expect(flows).toEqual([]);
    expect(widthExplanation(flows)).toMatch(/All arcs have the same width/);
  });
});
