import type { Claim, Dataset } from '../../dataset/schema';
import { fixtureDataset } from '../../testing/fixture';

/** The fixture with a baseline, two dated counts (one a derived sum) and a growth claim. */
export function withRailcars(): Dataset {
  const fixture = fixtureDataset();
  const claim = (c: Partial<Claim> & Pick<Claim, 'id' | 'metric' | 'value'>): Claim => ({
    qualifier: 'about',
    unit: 'railcars',
    claimant: 'scholar',
    source: 'briefing',
    claimedOn: '2024-08-08',
    confidence: 'high',
    ...c,
  });
  return {
    ...fixture,
    places: [
      ...fixture.places,
      {
        id: 'station',
        name: 'The Station',
        kind: 'station',
        lat: 42,
        lon: 130,
        precision: 'exact',
      },
    ],
    events: [
      ...fixture.events,
      { id: 'summit', date: '2023-09-13', title: 'Summit', source: 'report' },
    ],
    claims: [
      ...fixture.claims,
      claim({
        id: 'base',
        metric: 'railcars',
        value: 20,
        qualifier: 'up-to',
        period: { from: '2018', to: '2023-09' },
        place: 'station',
      }),
      claim({
        id: 'part-a',
        metric: 'railcars-ore',
        value: 10,
        period: { from: '2024-06-17', to: '2024-06-17' },
        place: 'station',
      }),
      claim({
        id: 'part-b',
        metric: 'railcars-box',
        value: 5,
        period: { from: '2024-06-17', to: '2024-06-17' },
        place: 'station',
      }),
      claim({
        id: 'sum',
        metric: 'railcars',
        value: 15,
        period: { from: '2024-06-17', to: '2024-06-17' },
        place: 'station',
        derived: 'a sum',
        derivedFrom: ['part-a', 'part-b'],
      }),
      claim({
        id: 'early',
        metric: 'railcars',
        value: 73,
        claimedOn: '2023-10-06',
        period: { from: '2023-10-05', to: '2023-10-05' },
        place: 'station',
      }),
      claim({
        id: 'growth',
        metric: 'railcar-traffic-multiple',
        value: 3,
        qualifier: 'exact',
        unit: 'times',
        claimedOn: '2024-12-23',
        period: { from: '2023-09', to: '2024-12' },
      }),
    ],
  };
}
