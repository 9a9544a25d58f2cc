import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { valueView } from './value-rows';

describe('valueView', () => {
  it('keeps the fixture’s range as a range', () => {
    const { rows } = valueView(fixtureDataset());
    expect(rows.map((r) => [r.claimId, r.qualifier, r.low, r.value, r.short])).toEqual([
      ['report-value', 'between', 1.7e9, 5.5e9, '$1.7–5.5 bn'],
    ]);
  });

  it('draws Guseinova’s range and the report’s “up to” as two claims', () => {
    const real = publishedDataset();
    const { rows, valueTop } = valueView(real);
    expect(rows.map((r) => [r.claimId, r.qualifier, r.low, r.value, r.inReport])).toEqual([
      ['guseinova-deliveries-value', 'between', 1.7e9, 5.5e9, false],
      ['report-arms-earnings', 'up-to', undefined, 5.5e9, true],
    ]);
    expect(rows[0]!.label).toBe('Value of arms delivered, since February 2022');
    expect(rows[1]!.label).toBe('Arms earnings, since February 2022');
    expect(rows[1]!.sublabel).toBe('Olena Guseinova, via Euromaidan Press');
    expect(rows[0]!.series).not.toEqual(rows[1]!.series);
    expect(valueTop).toBe(6e9);
    for (const row of rows) {
      const claim = real.claims.find((c) => c.id === row.claimId)!;
      expect(row.value).toBe(claim.value);
    }
  });
});
