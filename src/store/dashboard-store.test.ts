import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { useDashboardStore } from './dashboard-store';
import { currentView, dashboardActions, INITIAL_VIEW, subscribeToView } from '.';

describe('the dashboard store', () => {
  it('starts empty and takes a loaded dataset with its origin', () => {
    expect(useDashboardStore.getState().dataset).toBeNull();
    const dataset = fixtureDataset();
    dashboardActions().datasetLoaded(dataset, { kind: 'published' });
    expect(useDashboardStore.getState().dataset).toBe(dataset);
    expect(useDashboardStore.getState().origin).toEqual({ kind: 'published' });
  });

  it('keeps a selection that the new dataset holds and drops one it does not', () => {
    dashboardActions().claimSelected('report-killed');
    dashboardActions().datasetLoaded(fixtureDataset(), { kind: 'published' });
    expect(currentView().selectedClaimId).toBe('report-killed');
    dashboardActions().claimSelected('not-in-it');
    dashboardActions().datasetLoaded(fixtureDataset(), {
      kind: 'custom',
      label: 'mine.json',
      via: 'file',
    });
    expect(currentView().selectedClaimId).toBeNull();
  });

  it('merges filter changes and clears them', () => {
    dashboardActions().filterChanged({ metric: 'killed' });
    dashboardActions().filterChanged({ search: 'nis' });
    dashboardActions().filterChanged({ newIn: '2025-09-02' });
    expect(useDashboardStore.getState().filters.newIn).toBe('2025-09-02');
    dashboardActions().filterChanged({ newIn: null });
    expect(useDashboardStore.getState().filters).toEqual({
      metric: 'killed',
      claimant: null,
      newIn: null,
      search: 'nis',
    });
    dashboardActions().filtersCleared();
    expect(useDashboardStore.getState().filters).toEqual({
      metric: null,
      claimant: null,
      newIn: null,
      search: '',
    });
  });

  it('toggles the sort direction on the same column and picks a sensible one for a new column', () => {
    expect(useDashboardStore.getState().sort).toEqual({ key: 'claimedOn', direction: 'desc' });
    dashboardActions().sortRequested('claimedOn');
    expect(useDashboardStore.getState().sort).toEqual({ key: 'claimedOn', direction: 'asc' });
    dashboardActions().sortRequested('claimant');
    expect(useDashboardStore.getState().sort).toEqual({ key: 'claimant', direction: 'asc' });
  });

  it('tells subscribers when the view changes, and only then', () => {
    const seen: (string | null)[] = [];
    const stop = subscribeToView((view) => seen.push(view.asOf));
    dashboardActions().asOfChanged('2024-12-23');
    dashboardActions().filterChanged({ search: 'x' });
    dashboardActions().viewRestored(INITIAL_VIEW);
    stop();
    dashboardActions().asOfChanged('2025-01-01');
    expect(seen).toEqual(['2024-12-23', null]);
  });
});
