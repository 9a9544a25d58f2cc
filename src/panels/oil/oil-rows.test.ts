import type { Dataset } from '../../dataset/schema';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { oilClaimIds, oilView } from './oil-rows';

function expectOnlyClaimValues(dataset: Dataset) {
  const view = oilView(dataset);
  for (const row of [...view.bars, ...view.ratios, ...view.visits, ...view.otherCaps]) {
    const claim = dataset.claims.find((c) => c.id === row.claimId)!;
    expect(row.value).toBe(claim.value);
    expect(row.qualifier).toBe(claim.qualifier);
  }
  if (view.cap !== undefined)
    expect(
      dataset.claims.some((c) => c.metric === 'oil-cap-barrels-per-year' && c.value === view.cap),
    ).toBe(true);
}

describe('oilView with the fixture', () => {
  it('keeps a derived ratio as a claim beside the bars, marked derived', () => {
    const view = oilView(fixtureDataset());
    expect(view.bars).toEqual([]);
    expect(view.cap).toBeUndefined();
    expect(view.ratios.map((r) => [r.claimId, r.short, r.derived])).toEqual([
      ['ratio', '>2×', true],
    ]);
    expectOnlyClaimValues(fixtureDataset());
  });
});

describe('oilView with the published dataset', () => {
  const real = publishedDataset();
  const view = oilView(real);

  it('draws the deliveries as open-ended bars and the cap as an exact one', () => {
    expect(view.bars.map((r) => [r.claimId, r.qualifier, r.value])).toEqual([
      ['rusi-2024-03-barrels', 'about', 125_000],
      ['osc-oil-barrels', 'more-than', 1e6],
      ['report-oil', 'more-than', 1e6],
      ['unscr-2397-cap', 'exact', 5e5],
    ]);
    expect(view.bars[0]!.label).toBe('Delivered, since 7 Mar 2024');
    expect(view.bars[0]!.sublabel).toBe(
      'Royal United Services Institute, Mar 2024 (Financial Times via Money.pl)',
    );
    expect(view.bars[1]!.label).toBe('Delivered, Mar 2024 to Nov 2024');
    expect(view.bars[1]!.sublabel).toBe('Open Source Centre, 22 Nov 2024');
    expect(view.bars[2]!.inReport).toBe(true);
    expect(view.cap).toBe(5e5);
  });

  it('keeps the report’s “twice” and the derived ratio as separate claims', () => {
    expect(view.ratios.map((r) => [r.claimId, r.short, r.derived])).toEqual([
      ['rusi-2024-03-quarter-cap', '0.25×', false],
      ['osc-oil-vs-cap', '>2×', true],
      ['report-oil-twice-cap', '2×', false],
    ]);
  });

  it('lists the tanker visits and the other caps', () => {
    expect(view.visits.map((r) => r.short).sort()).toEqual(['2', '43', '>40', '≥5']);
    expect(view.otherCaps.map((r) => r.claimId)).toEqual([
      'unscr-2397-crude-cap',
      'unscr-2375-cap',
    ]);
  });

  it('leaves room on the axis beyond the open-ended deliveries', () => {
    expect(view.valueTop).toBeGreaterThan(1e6 * 1.25);
    expect(oilClaimIds(view)).toHaveLength(13);
  });

  it('draws nothing that is not a claim', () => expectOnlyClaimValues(real));
});
