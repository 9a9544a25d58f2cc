import { fixtureDataset } from '../testing/fixture';
import { publishedDataset } from '../testing/published-dataset';
import {
  chartText,
  reportLabel,
  sourceLineText,
  sourceSummary,
  summariseClaims,
} from './chart-text';
import { markRow } from './chart-rows';

const fixture = fixtureDataset();
const killed = fixture.claims.filter((c) => c.metric === 'killed');

describe('chart text', () => {
  it('finds the newest claim', () => {
    const rows = killed.map((c) => markRow(fixture, c, { colour: 0, shape: 'circle' }));
    expect(chartText(fixture, 'Killed', rows).newest?.id).toBe('agency-killed-later');
    expect(chartText(fixture, 'Killed', []).newest).toBeUndefined();
  });

  it('names each claimant and outlet once', () => {
    expect(sourceSummary(fixture, fixture.claims)).toEqual({
      claimants: ['Spy Agency', 'A Scholar', 'The President'],
      outlets: ['Report Press', 'Wire'],
    });
    expect(sourceLineText(fixture, killed)).toBe(
      'Claimed by Spy Agency; reported by Report Press and Wire.',
    );
  });

  it('counts outlets that carried the same claim', () => {
    const real = publishedDataset();
    const oil = real.claims.filter((c) => c.id === 'osc-oil-barrels');
    expect(sourceSummary(real, oil).outlets).toEqual([
      'Open Source Centre',
      'Voz',
      'News Central',
      'Bisnis Update',
    ]);
  });

  it('names the report for its badge', () => {
    expect(reportLabel(fixture)).toBe('the report of 23 December 2024 (Report Press)');
    expect(reportLabel({ ...fixture, report: undefined })).toBeUndefined();
  });

  it('summarises how many claims, by whom, over what time', () => {
    expect(summariseClaims(fixture, 'Killed', killed)).toBe(
      'Killed: 2 claims by Spy Agency, made between 23 December 2024 and 13 January 2025.',
    );
    expect(summariseClaims(fixture, 'Killed', [])).toMatch(/no claim is shown/);
  });
});

describe('markRow', () => {
  const style = { colour: 0, shape: 'circle' as const };

  it('keeps the claim’s own value, qualifier and words', () => {
    const row = markRow(fixture, killed[0]!, style);
    expect(row).toMatchObject({
      claimId: 'report-killed',
      value: 100,
      qualifier: 'more-than',
      short: '>100',
      inReport: true,
      derived: false,
      seriesLabel: 'Spy Agency',
    });
    expect(row.sentence).toBe('more than 100 killed, according to Spy Agency, 23 December 2024');
  });

  it('says when a value is derived', () => {
    const ratio = fixture.claims.find((c) => c.id === 'ratio')!;
    const row = markRow(fixture, ratio, style);
    expect(row.derived).toBe(true);
    expect(row.sentence).toMatch(/\(derived\)$/);
  });

  it('carries a lower end only for ranges', () => {
    const value = fixture.claims.find((c) => c.id === 'report-value')!;
    expect(markRow(fixture, value, style).low).toBe(1.7e9);
  });
});
