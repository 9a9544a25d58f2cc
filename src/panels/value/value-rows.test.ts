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
      ['guseinova-2025-value', 'up-to', undefined, 9.8e9, false],
      ['report-arms-earnings', 'up-to', undefined, 5.5e9, true],
      ['guseinova-2025-compensation', 'up-to', undefined, 1.2e9, false],
    ]);
    expect(rows[0]!.label).toBe('Value of arms delivered, since February 2022');
    expect(rows[1]!.label).toBe('Value of weapons, ammunition and troops');
    expect(rows[1]!.sublabel).toBe(
      'Olena Guseinova, 2025 (Friedrich Naumann Foundation for Freedom)',
    );
    expect(rows[2]!.label).toBe('Arms earnings, since February 2022');
    expect(rows[2]!.sublabel).toBe(
      'Olena Guseinova, 23 Dec 2024 (The Wall Street Journal via Euromaidan Press)',
    );
    // Colour is the claimant's, as in every chart: all four are Guseinova's, and the key says so.
    expect(new Set(rows.map((r) => r.series.colour)).size).toBe(1);
    expect(rows.every((r) => r.seriesLabel === rows[0]!.seriesLabel)).toBe(true);
    expect(valueTop).toBe(12e9);
    for (const row of rows) {
      const claim = real.claims.find((c) => c.id === row.claimId)!;
      expect(row.value).toBe(claim.value);
    }
  });
});
