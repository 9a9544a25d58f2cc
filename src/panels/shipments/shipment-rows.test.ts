import type { Dataset } from '../../dataset/schema';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { shipmentGroups } from './shipment-rows';

function expectOnlyClaimValues(dataset: Dataset) {
  for (const group of shipmentGroups(dataset))
    for (const row of group.rows) {
      const claim = dataset.claims.find((c) => c.id === row.claimId)!;
      expect(claim.metric).toBe(group.metric);
      expect(row.value).toBe(claim.value);
      expect(row.qualifier).toBe(claim.qualifier);
    }
}

describe('shipmentGroups with the fixture', () => {
  it('has no group without shipment claims', () => {
    expect(shipmentGroups(fixtureDataset())).toEqual([]);
  });

  it('keeps two attributions of one figure as two rows', () => {
    const fixture = fixtureDataset();
    const shells = (id: string, claimant: string, source: string) => ({
      id,
      metric: 'artillery-shells',
      value: 5e6,
      qualifier: 'more-than' as const,
      unit: 'artillery shells',
      claimant,
      source,
      claimedOn: '2024-12-23',
      confidence: 'high' as const,
    });
    const dataset = {
      ...fixture,
      claims: [
        ...fixture.claims,
        shells('a', 'spy-agency', 'report'),
        shells('b', 'president', 'original'),
      ],
    };
    const [group] = shipmentGroups(dataset);
    expect(group!.rows.map((r) => [r.claimId, r.label, r.sublabel])).toEqual([
      ['a', 'Spy Agency', '23 Dec 2024, reported by Report Press'],
      ['b', 'The President', '23 Dec 2024, reported by Original Daily'],
    ]);
    expect(group!.attributions).toHaveLength(2);
    expect(group!.conflicting).toHaveLength(2);
    expectOnlyClaimValues(dataset);
  });
});

describe('shipmentGroups with the published dataset', () => {
  const real = publishedDataset();
  const groups = shipmentGroups(real);

  it('gives containers, shells, rockets, missiles and guns a small multiple each, on its own scale', () => {
    expect(groups.map((g) => [g.metric, g.valueTop])).toEqual([
      ['munitions-containers', 25000],
      ['artillery-shells', 8e6],
      ['mortar-shells', 1.5e6],
      ['mrl-rockets', 1e6],
      ['hwasong-11-missiles', 300],
      ['guns-and-launchers', 1000],
    ]);
  });

  it('shows the conflicting attributions side by side', () => {
    const shells = groups.find((g) => g.metric === 'artillery-shells')!;
    expect(shells.rows.map((r) => [r.label, r.short])).toEqual([
      ['Ukrainian officials', '>5 mn'],
      ['US and South Korean officials', '>5 mn'],
      ['Olena Guseinova (Hankuk University of Foreign Studies)', '5.7–6.7 mn'],
    ]);
    expect(shells.attributions).toEqual([
      { claimant: 'Ukrainian officials', outlets: ['Asia Economy'] },
      { claimant: 'US and South Korean officials', outlets: ['Euromaidan Press', 'Evrim Ağacı'] },
      {
        claimant: 'Olena Guseinova (Hankuk University of Foreign Studies)',
        outlets: ['Friedrich Naumann Foundation for Freedom'],
      },
    ]);
    // The study's range is a figure of its own, not a third name for the same figure.
    expect(shells.conflicting.map((a) => a.claimant)).toEqual([
      'Ukrainian officials',
      'US and South Korean officials',
    ]);
    const missiles = groups.find((g) => g.metric === 'hwasong-11-missiles')!;
    expect(missiles.rows.map((r) => r.claimId).sort()).toEqual([
      'asiae-hwasong-11',
      'guseinova-2025-missiles',
      'report-hwasong-11',
      'us-officials-2025-02-missiles',
    ]);
    expect(shells.rows[2]!.sublabel).toBe(
      '2025, reported by Friedrich Naumann Foundation for Freedom',
    );
  });

  it('marks the report’s figures', () => {
    const marked = groups
      .flatMap((g) => g.rows)
      .filter((r) => r.inReport)
      .map((r) => r.claimId);
    expect(marked.sort()).toEqual([
      'report-artillery-shells',
      'report-containers',
      'report-hwasong-11',
    ]);
  });

  it('draws nothing that is not a claim', () => expectOnlyClaimValues(real));
});
