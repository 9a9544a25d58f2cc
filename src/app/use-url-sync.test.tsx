import { act, render } from '@testing-library/react';
import { dashboardActions } from '../store';
import { FILTER_PAUSE_MS, useUrlSync } from './use-url-sync';

function Synced() {
  useUrlSync();
  return null;
}

describe('useUrlSync', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => vi.useRealTimers());

  it('writes the search into the address once typing pauses, and before a selection', () => {
    vi.useFakeTimers();
    render(<Synced />);
    act(() => dashboardActions().filterChanged({ search: 'kurs' }));
    act(() => dashboardActions().filterChanged({ search: 'kursk' }));
    expect(window.location.search).toBe('');
    act(() => vi.advanceTimersByTime(FILTER_PAUSE_MS));
    expect(window.location.search).toBe('?q=kursk');
    // A selection made while typing carries the search with it, at once.
    act(() => dashboardActions().filterChanged({ search: 'kursk killed' }));
    act(() => dashboardActions().claimSelected('report-killed'));
    expect(new URLSearchParams(window.location.search).get('q')).toBe('kursk killed');
    expect(new URLSearchParams(window.location.search).get('claim')).toBe('report-killed');
  });
});
