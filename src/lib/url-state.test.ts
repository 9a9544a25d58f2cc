import { describe, expect, it } from 'vitest';
import { INITIAL_FILTERS, INITIAL_SORT } from '../store';
import {
  parseLedgerFilters,
  parseLedgerSort,
  parseViewState,
  serializeLedgerFilters,
  serializeViewState,
} from './url-state';

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

describe("the ledger's filters and order in the URL", () => {
  it('round-trips every filter and the order, and leaves out what is as it starts', () => {
    const filters = {
      metric: 'killed',
      claimant: 'nis',
      search: 'Kursk 15000',
      newIn: '2026-12-02',
    };
    const sort = { key: 'value' as const, direction: 'asc' as const };
    const search = serializeLedgerFilters(filters, '?theme=dark', sort);
    expect(search).toBe(
      '?theme=dark&metric=killed&claimant=nis&q=Kursk+15000&new=2026-12-02&sort=value-asc',
    );
    expect(parseLedgerFilters(search)).toEqual(filters);
    expect(parseLedgerSort(search)).toEqual(sort);
    expect(serializeLedgerFilters(INITIAL_FILTERS, search, INITIAL_SORT)).toBe('?theme=dark');
  });

  it('ignores an unknown order or a release that is not a date', () => {
    expect(parseLedgerSort('?sort=price-asc')).toEqual(INITIAL_SORT);
    expect(parseLedgerSort('?sort=value-sideways')).toEqual(INITIAL_SORT);
    expect(parseLedgerFilters('?new=latest').newIn).toBeNull();
  });
});
