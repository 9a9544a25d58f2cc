import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { baseDataset, visibleDataset } from './visible';

const ids = (claims: { id: string }[]) => claims.map((c) => c.id);

describe('visibleDataset', () => {
  it('returns the same dataset when nothing is hidden', () => {
    const dataset = fixtureDataset();
    expect(visibleDataset(dataset, { asOf: null, minConfidence: 'low' })).toBe(dataset);
    expect(visibleDataset(dataset, { asOf: null, minConfidence: 'low', retracted: 'omit' })).toBe(
      dataset,
    );
  });

  it('hides claims made and events dated after the "known as of" date', () => {
    const view = visibleDataset(fixtureDataset(), { asOf: '2024-12-23', minConfidence: 'low' });
    expect(ids(view.claims)).toEqual(['report-killed', 'report-value']);
    expect(ids(view.events)).toEqual(['report-out']);
    expect(view.updated).toBe(fixtureDataset().updated);
  });

  it('counts a claim dated to a month or a year as known from its last day', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.claimedOn = '2025-01';
    dataset.claims[3]!.claimedOn = '2024';
    dataset.events[0]!.date = '2024-12';
    const at = (asOf: string) => visibleDataset(dataset, { asOf, minConfidence: 'low' });
    expect(ids(at('2025-01-30').claims)).not.toContain('agency-killed-later');
    expect(ids(at('2025-01-31').claims)).toContain('agency-killed-later');
    expect(ids(at('2024-12-30').claims)).not.toContain('president-kw');
    expect(ids(at('2024-12-31').claims)).toContain('president-kw');
    expect(ids(at('2024-12-30').events)).toEqual([]);
    expect(ids(at('2024-12-31').events)).toEqual(['report-out']);
  });

  it('counts a claim made on or before a date as known from that date', () => {
    const dataset = fixtureDataset();
    delete dataset.claims[2]!.claimedOn;
    dataset.claims[2]!.claimedBy = '2025-01-13';
    const at = (asOf: string) =>
      ids(visibleDataset(dataset, { asOf, minConfidence: 'low' }).claims);
    expect(at('2025-01-12')).not.toContain('agency-killed-later');
    expect(at('2025-01-13')).toContain('agency-killed-later');
  });

  it('makes a view once, however many panels ask for it, and knows what it was made from', () => {
    const dataset = fixtureDataset();
    const options = { asOf: '2024-12-23', minConfidence: 'low' } as const;
    const view = visibleDataset(dataset, options);
    expect(visibleDataset(dataset, { ...options })).toBe(view);
    expect(baseDataset(view)).toBe(dataset);
    expect(baseDataset(dataset)).toBe(dataset);
    expect(visibleDataset(dataset, { ...options, asOf: '2025-01-01' })).not.toBe(view);
  });

  it('hides claims below the chosen confidence', () => {
    const view = visibleDataset(fixtureDataset(), { asOf: null, minConfidence: 'high' });
    expect(view.claims.every((c) => c.confidence === 'high')).toBe(true);
    expect(ids(view.claims)).not.toContain('president-kw');
  });

  it('keeps withdrawn claims for the ledger and leaves them out where asked', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.retracted = { date: '2025-01', reason: 'The agency withdrew it.' };
    const kept = visibleDataset(dataset, { asOf: null, minConfidence: 'low' });
    expect(kept.claims.find((c) => c.id === 'agency-killed-later')?.retracted).toBeDefined();
    const omitted = visibleDataset(dataset, {
      asOf: null,
      minConfidence: 'low',
      retracted: 'omit',
    });
    expect(ids(omitted.claims)).not.toContain('agency-killed-later');
    expect(omitted.claims).toHaveLength(dataset.claims.length - 1);
  });

  it('shows a claim as it stood before it was withdrawn', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.retracted = { date: '2025-01', reason: 'The agency withdrew it.' };
    const before = visibleDataset(dataset, {
      asOf: '2025-01-20',
      minConfidence: 'low',
      retracted: 'omit',
    });
    const standing = before.claims.find((c) => c.id === 'agency-killed-later');
    expect(standing).toBeDefined();
    expect(standing?.retracted).toBeUndefined();
    const after = visibleDataset(dataset, {
      asOf: '2025-01-31',
      minConfidence: 'low',
      retracted: 'omit',
    });
    expect(ids(after.claims)).not.toContain('agency-killed-later');
    // The dataset itself is never changed.
    expect(dataset.claims[2]!.retracted).toBeDefined();
  });
});
