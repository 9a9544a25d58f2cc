import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { visibleDataset } from './visible';

describe('visibleDataset', () => {
  it('returns the same dataset when nothing is hidden', () => {
    const dataset = fixtureDataset();
    expect(visibleDataset(dataset, { asOf: null, minConfidence: 'low' })).toBe(dataset);
  });

  it('hides claims made and events dated after the "known as of" date', () => {
    const view = visibleDataset(fixtureDataset(), { asOf: '2024-12-23', minConfidence: 'low' });
    expect(view.claims.map((c) => c.id)).toEqual(['report-killed', 'report-value']);
    expect(view.events.map((e) => e.id)).toEqual(['report-out']);
    expect(view.updated).toBe('2024-12-23');
  });

  it('hides claims below the chosen confidence', () => {
    const view = visibleDataset(fixtureDataset(), { asOf: null, minConfidence: 'high' });
    expect(view.claims.every((c) => c.confidence === 'high')).toBe(true);
    expect(view.claims.map((c) => c.id)).not.toContain('president-kw');
  });
});
