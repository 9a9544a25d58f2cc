import { describe, expect, it } from 'vitest';
import { viewFilterText } from './view-text';

describe('viewFilterText', () => {
  const none = { minConfidence: 'low' as const, asOf: null, showRetracted: false };

  it('says nothing when nothing is filtered', () => {
    expect(viewFilterText(none)).toBeUndefined();
  });

  it('names the confidence, the "known as of" date and hollow withdrawn claims', () => {
    expect(viewFilterText({ ...none, minConfidence: 'high', asOf: '2025-01-31' })).toBe(
      'High-confidence claims only · known as of 31 January 2025',
    );
    expect(viewFilterText({ ...none, asOf: '2025-01-31' })).toBe('Known as of 31 January 2025');
    expect(viewFilterText({ ...none, minConfidence: 'medium', showRetracted: true })).toBe(
      'Medium- and high-confidence claims only · withdrawn claims drawn hollow',
    );
  });
});
