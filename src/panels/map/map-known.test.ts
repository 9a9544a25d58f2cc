import { describe, expect, it } from 'vitest';
import { visibleDataset } from '../../dataset/visible';
import { publishedDataset } from '../../testing/published-dataset';
import { knownAsOf } from './map-known';

const published = publishedDataset();

describe('knownAsOf', () => {
  it('knows every place when no date is set', () => {
    expect(knownAsOf(published, null).placeIds.size).toBe(published.places.length);
  });

  it('takes what was on record from visibleDataset, whatever the confidence filter', () => {
    const date = '2024-06-30';
    const known = knownAsOf(published, date);
    const seen = visibleDataset(published, { asOf: date, minConfidence: 'low' });
    expect([...known.claimIds].sort()).toEqual(seen.claims.map((c) => c.id).sort());
    expect([...known.eventIds].sort()).toEqual(seen.events.map((e) => e.id).sort());
    // Kharkiv's first strike (January 2024) is on record; Kursk's troops are not yet.
    expect(known.placeIds.has('kharkiv')).toBe(true);
    expect(known.placeIds.has('kursk-oblast')).toBe(false);
  });

  it('counts capitals and places with nothing about them as known at any date', () => {
    const known = knownAsOf(published, '2000-01-01');
    expect(known.placeIds).toEqual(new Set(['pyongyang', 'moscow']));
  });
});
