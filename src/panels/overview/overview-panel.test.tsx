import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixture';
import { renderWithProviders } from '../../testing/render';
import { dashboardActions } from '../../store';
import { OverviewPanel } from './overview-panel';
import { headlineRows } from './headline-rows';

describe('headlineRows', () => {
  it('turns the headline claims into cards and points to a newer claim on the same measure', () => {
    const rows = headlineRows(fixtureDataset());
    expect(rows.map((r) => r.short)).toEqual(['>100', '$1.7–5.5 bn']);
    expect(rows[0]!.newer?.words).toBe('about 300 killed');
    expect(rows[1]!.newer).toBeUndefined();
  });
});

describe('OverviewPanel', () => {
  it('shows each headline with its qualifier, claimant, source and date', () => {
    renderWithProviders(<OverviewPanel />, { dataset: fixtureDataset() });
    const card = screen.getByText('more than 100 killed').closest('li')!;
    expect(within(card).getByText('>100')).toBeInTheDocument();
    expect(within(card).getByText(/Spy Agency, reported by/)).toHaveTextContent(
      'Spy Agency, reported by Original Daily via Report Press, 23 December 2024',
    );
    expect(within(card).getByRole('link', { name: 'Report Press' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
    expect(within(card).getByText(/Newest: about 300 killed/)).toBeInTheDocument();
    expect(screen.getByText(/Newest claim shown/)).toHaveTextContent(
      /^Newest claim shown 13 January 2025, \d/,
    );
  });

  it('hides what was not yet claimed on the "known as of" date', () => {
    renderWithProviders(<OverviewPanel />, { dataset: fixtureDataset() });
    act(() => dashboardActions().asOfChanged('2024-12-23'));
    expect(screen.queryByText(/Newest: about 300 killed/)).toBeNull();
    expect(screen.getByText(/Newest claim shown/)).toHaveTextContent(
      /^Newest claim shown 23 December 2024, /,
    );
  });
});
