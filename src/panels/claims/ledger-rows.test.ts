import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import type { Dataset } from '../../dataset/schema';
import { INITIAL_FILTERS } from '../../store';
import { ledgerText } from './ledger-row';
import { ledgerFilterOptions, ledgerRows } from './ledger-rows';
import { searchForm } from './ledger-search';

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

  describe('search', () => {
    const searchIn = (dataset: Dataset) => (text: string) =>
      ledgerRows(dataset, { ...INITIAL_FILTERS, search: text }, newestFirst).map((r) => r.id);

    it('finds claimant, source, note and place, ignoring case', () => {
      const search = searchIn(fixtureDataset());
      expect(search('PRESIDENT')).toEqual(['president-kw']);
      expect(search('said at a meeting')).toEqual(['president-kw']);
      expect(search('the front')).toEqual(['report-killed']);
      expect(search('no such words')).toEqual([]);
    });

    it('finds a figure however its digits are grouped', () => {
      const search = searchIn(fixtureDataset());
      expect(search('4000')).toEqual(['president-kw']);
      expect(search('4,000')).toEqual(['president-kw']);
      expect(search('5.5 billion')).toEqual(['report-value']);
      const published = searchIn(publishedDataset());
      expect(published('15000')).toContain('nis-2025-04-30-deployed');
      expect(published('15000')).toEqual(published('15,000'));
    });

    it('matches every word, each in any field: claimant, measure, place or note', () => {
      const search = searchIn(fixtureDataset());
      // The claimant and a word of the note; the measure and the place.
      expect(search('president meeting')).toEqual(['president-kw']);
      expect(search('killed front')).toEqual(['report-killed']);
      expect(search('president front')).toEqual([]);
      expect(search('  Spy   AGENCY  ')).toEqual(['agency-killed-later', 'report-killed']);
    });

    it('finds the killed claims in Kursk Oblast from "kursk oblast killed"', () => {
      const dataset = publishedDataset();
      const found = searchIn(dataset)('kursk oblast killed');
      const inKursk = dataset.claims.filter((c) => c.place === 'kursk-oblast');
      const killed = inKursk.filter((c) => c.metric === 'killed').map((c) => c.id);
      expect(killed.length).toBeGreaterThan(3);
      expect(found).toEqual(expect.arrayContaining(killed));
      // Nothing from elsewhere, and nothing in Kursk Oblast that does not speak of the killed.
      const kursk = new Set(inKursk.map((c) => c.id));
      expect(found.every((id) => kursk.has(id))).toBe(true);
      for (const other of ['report-injured', 'nis-2024-12-19-injured', 'blinken-2024-10-31-kursk'])
        expect(found).not.toContain(other);
      expect(searchIn(dataset)('KURSK Oblast KILLED')).toEqual(found);
    });

    it('finds the same rows typed a letter at a time as searched at once', () => {
      const texts = ['k', 'ki', 'kill', 'killed ', 'killed n', 'killed nis', 'killed ni', 'k'];
      const fresh = texts.map((text) => searchIn(publishedDataset())(text));
      const typed = searchIn(publishedDataset());
      expect(texts.map((text) => typed(text))).toEqual(fresh);
      expect(fresh[5]!.length).toBeGreaterThan(0);
      expect(fresh[5]!.length).toBeLessThan(fresh[0]!.length);
    });

    it('compares text with grouping, case and curly apostrophes taken out', () => {
      expect(searchForm('About 12,000 and 1,234,567 in Ukraine’s 2024')).toBe(
        "about 12000 and 1234567 in ukraine's 2024",
      );
      // A list of numbers is not a grouped number.
      expect(searchForm('1,2 and 10,00')).toBe('1,2 and 10,00');
    });
  });

  it('sorts by value within each unit, the units in a fixed order', () => {
    const values = (direction: 'asc' | 'desc') =>
      ledgerRows(fixtureDataset(), INITIAL_FILTERS, { key: 'value', direction }).map((r) => [
        r.claim.unit,
        r.claim.value,
      ]);
    // Never $5.5 billion beside 300 killed: each unit is sorted on its own.
    expect(values('asc')).toEqual([
      ['killed', 100],
      ['killed', 300],
      ['killed or wounded', 4000],
      ['times the cap', 2],
      ['USD', 5.5e9],
    ]);
    expect(values('desc')).toEqual([
      ['killed', 300],
      ['killed', 100],
      ['killed or wounded', 4000],
      ['times the cap', 2],
      ['USD', 5.5e9],
    ]);
  });

  it('sorts by confidence in both directions', () => {
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
