import { describe, expect, it } from 'vitest';
import { visibleDataset } from '../../dataset/visible';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { FLOWS } from './flows';
import { BASE_WIDTH, MAX_WIDTH, mapFlows, widthExplanation } from './map-flows';
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
      ['tumangang-station', 'friendship-bridge'],
      ['friendship-bridge', 'khasan-station'],
      ['khasan-station', 'kursk-oblast'],
    ]);
    const crossing = ['tumangang-station', 'friendship-bridge', 'khasan-station'].map((id) => {
      const p = places.get(id);
      if (!p) throw new Error(id);
      return [p.lon, p.lat] as [number, number];
    });
    for (const a of crossing) for (const b of crossing) expect(haversine(a, b)).toBeLessThan(5);
  });

  it('sizes missile arcs by the missiles claimed and keeps the rest at the base width', () => {
    const flows = Object.fromEntries(flowsOf().map((f) => [f.id, f]));
    expect(flows['missiles-kyiv-oblast']?.width).toBe(MAX_WIDTH);
    expect(flows['missiles-kharkiv']?.width).toBeLessThan(MAX_WIDTH);
    expect(flows['missiles-kharkiv']?.widthFromClaim).toBe(true);
    expect(flows['missiles-kyiv']).toMatchObject({ width: BASE_WIDTH, claim: undefined });
    expect(flows['oil-vostochny-north-korea']).toMatchObject({
      width: BASE_WIDTH,
      widthFromClaim: false,
    });
    expect(flows['oil-vostochny-north-korea']?.claim?.claim.id).toBe('osc-oil-barrels');
    expect(widthExplanation(flowsOf())).toMatch(/North Korean missiles fired/);
  });

  it('as of 23 December 2024, has no arc to the 2025 strike but keeps Kyiv for its 2024 strike', () => {
    const flows = flowsOf(asOf('2024-12-23'));
    expect(flows.map((f) => f.id)).toContain('missiles-kyiv');
    const kyiv = flows.find((f) => f.id === 'missiles-kyiv');
    expect(kyiv?.to.strikes.map((e) => e.date)).toEqual(['2024-01-02']);
  });

  it('draws no troops before any were reported sent, and no oil before the first tanker', () => {
    const ids = flowsOf(asOf('2024-01-01')).map((f) => f.id);
    expect(ids).not.toContain('troops-north-korea-kursk');
    expect(ids).not.toContain('oil-vostochny-north-korea');
    expect(ids).not.toContain('missiles-kharkiv');
    expect(ids).toContain('munitions-tumangang-bridge');
  });

  it('keeps an arc whose claim is hidden, without the claim, at the base width', () => {
    const troops = flowsOf(asOf('2024-11-30')).find((f) => f.id === 'troops-north-korea-kursk');
    expect(troops).toMatchObject({ claim: undefined, width: BASE_WIDTH });
  });

  it('fans out arcs between the same two points', () => {
    const flows = flowsOf();
    const kyiv = flows.find((f) => f.id === 'missiles-kyiv');
    const region = flows.find((f) => f.id === 'missiles-kyiv-oblast');
    expect(kyiv?.path[16]).not.toEqual(region?.path[16]);
  });
});

describe('mapFlows on the fixture', () => {
  it('draws nothing when the places of the table are missing, and says widths are equal', () => {
    const flows = flowsOf(fixtureDataset());
    expect(flows).toEqual([]);
    expect(widthExplanation(flows)).toMatch(/All arcs have the same width/);
  });
});
