import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixture';
import { renderWithProviders } from '../../testing/render';
import { currentView } from '../../store';
import { ClaimsPanel } from './claims-panel';

describe('ClaimsPanel', () => {
  it('shows every claim with its qualifier, claimant, source link and confidence', () => {
    renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
    expect(screen.getByRole('heading', { name: 'Every claim' })).toBeInTheDocument();
    const row = screen.getByRole('button', { name: 'more than 100 killed' }).closest('tr')!;
    expect(within(row).getByText('Spy Agency')).toBeInTheDocument();
    const link = within(row).getByRole('link', { name: 'Report Press' });
    expect(link).toHaveAttribute('href', 'https://example.org/report');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(row).getByText('High')).toBeInTheDocument();
    expect(screen.getByText('Showing 5 of 5 claims')).toBeInTheDocument();
  });

  it('filters by claimant and by search text', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
    await user.selectOptions(screen.getByLabelText('Claimant'), 'The President');
    expect(screen.getByText('Showing 1 of 5 claims')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('Search'), 'zzz');
    expect(screen.getByText('No claim matches these filters.')).toBeInTheDocument();
  });

  it('sorts when a column header is pressed and says so to assistive technology', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
    const header = screen.getByRole('columnheader', { name: /Claim$/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const firstRow = screen.getAllByRole('row')[1]!;
    expect(within(firstRow).getByRole('button', { name: '$1.7–5.5 billion' })).toBeInTheDocument();
  });

  it('selects a claim and marks a derived value', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
    await user.click(screen.getByRole('button', { name: 'more than 2 times the cap' }));
    expect(currentView().selectedClaimId).toBe('ratio');
    expect(screen.getByRole('button', { name: 'more than 2 times the cap' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText(/How derived: One claim divided by another/)).toBeInTheDocument();
  });

  it('renders markup in notes as text, never as elements', () => {
    const dataset = fixtureDataset();
    dataset.claims[0]!.note = '<img src=x onerror="alert(1)">';
    const { container } = renderWithProviders(<ClaimsPanel />, { dataset });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeInTheDocument();
  });
});
