import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixture';
import { renderWithProviders } from '../../testing/render';
import { currentView, dashboardActions } from '../../store';
import { metricLabel } from '../../lib/metrics';
import { PAGE_SIZE as LEDGER_PAGE } from '../../components/use-paged';
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

  describe('on a dataset of many claims', () => {
    /** The fixture with 450 claims, one a day, newest last. */
    function large() {
      const base = fixtureDataset();
      const template = base.claims[0]!;
      const claims = Array.from({ length: 450 }, (_, i) => {
        const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        const metric = i % 3 === 0 ? 'injured' : template.metric;
        return { ...template, id: `claim-${i}`, metric, value: i, claimedOn: day };
      });
      return { ...base, headlines: [], claims, updated: claims.at(-1)!.claimedOn };
    }
    const claimRows = () => screen.getAllByRole('row').length - 1;

    it('puts one page of rows on screen at a time, counted, and shows more on request', async () => {
      const user = userEvent.setup();
      renderWithProviders(<ClaimsPanel />, { dataset: large() });
      expect(claimRows()).toBe(LEDGER_PAGE);
      expect(screen.getByText('Showing the first 200 of 450 claims')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Show 200 more' }));
      expect(claimRows()).toBe(400);
      await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
      expect(claimRows()).toBe(450);
      expect(screen.getByText('Showing 450 of 450 claims')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    });

    it('says how many match a filter, and starts again at one page when the filter changes', async () => {
      const user = userEvent.setup();
      renderWithProviders(<ClaimsPanel />, { dataset: large() });
      await user.click(screen.getByRole('button', { name: 'Show 200 more' }));
      await user.selectOptions(screen.getByLabelText('Measure'), 'Injured');
      expect(claimRows()).toBe(150);
      await user.click(screen.getByRole('button', { name: 'Clear filters' }));
      await user.selectOptions(
        screen.getByLabelText('Measure'),
        metricLabel(fixtureDataset().claims[0]!.metric),
      );
      expect(
        screen.getByText('Showing the first 200 of 300 claims that match (450 in all)'),
      ).toBeInTheDocument();
      expect(claimRows()).toBe(LEDGER_PAGE);
    });

    it('always has a selected claim on the page, however far down it sorts', () => {
      renderWithProviders(<ClaimsPanel />, { dataset: large() });
      // Newest first: claim-10 is the 440th row.
      act(() => dashboardActions().claimSelected('claim-10'));
      expect(claimRows()).toBe(440);
      expect(document.getElementById('claim-claim-10')).toHaveAttribute('data-selected', 'true');
      // Cleared, or moved to a claim near the top, the selection leaves the rows where they are.
      act(() => dashboardActions().claimSelected(null));
      expect(claimRows()).toBe(440);
      act(() => dashboardActions().claimSelected('claim-449'));
      expect(claimRows()).toBe(440);
    });
  });
});
