import { describe, expect, it } from 'vitest';
import { parseViewState, serializeViewState } from './url-state';

describe('view state in the URL', () => {
  it('reads a claim, a date and a confidence', () => {
    expect(parseViewState('?claim=nis-2025-01-13-killed&asof=2024-12-23&confidence=high')).toEqual({
      selectedClaimId: 'nis-2025-01-13-killed',
      asOf: '2024-12-23',
      minConfidence: 'high',
      showRetracted: false,
      measure: null,
    });
  });

  it('ignores malformed values instead of trusting them', () => {
    expect(parseViewState('?claim=<script>&asof=2024-02-30&confidence=total')).toEqual({
      selectedClaimId: null,
      asOf: null,
      minConfidence: 'low',
      showRetracted: false,
      measure: null,
    });
  });

  it('writes only what differs from the default and keeps other parameters', () => {
    const view = {
      selectedClaimId: 'a-claim',
      asOf: null,
      minConfidence: 'low' as const,
      showRetracted: false,
      measure: null,
    };
    expect(serializeViewState(view, '?theme=dark')).toBe('?theme=dark&claim=a-claim');
    expect(serializeViewState({ ...view, selectedClaimId: null }, '?claim=old')).toBe('');
  });

  it('round-trips', () => {
    const view = {
      selectedClaimId: 'x-1',
      asOf: '2025-01-09',
      minConfidence: 'medium' as const,
      showRetracted: true,
      measure: 'injured',
    };
    expect(serializeViewState(view)).toContain('retracted=show');
    expect(serializeViewState(view)).toContain('measure=injured');
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });
});
