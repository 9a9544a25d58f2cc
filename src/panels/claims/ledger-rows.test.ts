import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixture';
import { INITIAL_FILTERS } from '../../store';
import { ledgerFilterOptions, ledgerRows, ledgerText } from './ledger-rows';

const newestFirst = { key: 'claimedOn', direction: 'desc' } as const;

describe('ledgerRows', () => {
  it('lists every claim in words, newest first', () => {
    const rows = ledgerRows(fixtureDataset(), INITIAL_FILTERS, newestFirst);
    expect(rows).toHaveLength(5);
    expect(rows[0]!.claim.claimedOn).toBe('2025-01-13');
    expect(ledgerText(rows.find((r) => r.id === 'report-value')!).words).toBe('$1.7–5.5 billion');
    expect(rows.find((r) => r.id === 'report-killed')?.claimant.name).toBe('Spy Agency');
  });

  it('filters by metric and claimant together', () => {
    const rows = ledgerRows(
      fixtureDataset(),
      { ...INITIAL_FILTERS, metric: 'killed', claimant: 'spy-agency' },
      newestFirst,
    );
    expect(rows.map((r) => r.id)).toEqual(['agency-killed-later', 'report-killed']);
  });

  it('searches claimant, source, note and place, ignoring case', () => {
    const search = (text: string) =>
      ledgerRows(fixtureDataset(), { ...INITIAL_FILTERS, search: text }, newestFirst).map(
        (r) => r.id,
      );
    expect(search('PRESIDENT')).toEqual(['president-kw']);
    expect(search('said at a meeting')).toEqual(['president-kw']);
    expect(search('the front')).toEqual(['report-killed']);
    expect(search('no such words')).toEqual([]);
  });

  it('sorts by value and confidence in both directions', () => {
    const byValue = ledgerRows(fixtureDataset(), INITIAL_FILTERS, {
      key: 'value',
      direction: 'asc',
    });
    expect(byValue.map((r) => r.claim.value)).toEqual([2, 100, 300, 4000, 5.5e9]);
    const byConfidence = ledgerRows(fixtureDataset(), INITIAL_FILTERS, {
      key: 'confidence',
      direction: 'desc',
    });
    expect(byConfidence[0]!.claim.confidence).toBe('low');
  });
});

describe('ledgerFilterOptions', () => {
  it('offers only the metrics and claimants the dataset uses, by name', () => {
    const { metrics, claimants } = ledgerFilterOptions(fixtureDataset());
    expect(metrics.map((m) => m.label)).toContain('Killed');
    expect(claimants.map((c) => c.label)).toEqual(['A Scholar', 'Spy Agency', 'The President']);
  });
});
