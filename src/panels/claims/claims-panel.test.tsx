import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../../testing/fixture';
import { renderWithProviders } from '../../testing/render';
import { currentView, dashboardActions } from '../../store';
import { metricLabel } from '../../lib/metrics';
import { PAGE_SIZE as LEDGER_PAGE } from '../../components/use-paged';
import { ClaimsPanel } from './claims-panel';
import { releaseChanges } from '../../testing/release-changes';

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

  describe('the release filter', () => {
    const change = (id: string, previous: string | null, added: string[]) =>
      releaseChanges({ id, previous, added });
    /** Serves the release history the panel asks for. */
    const serveHistory = (releases: ReturnType<typeof change>[]) =>
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(JSON.stringify({ releases }), { status: 200 })),
      );
    afterEach(() => vi.unstubAllGlobals());

    it('lists only the claims new in a release, once the release history has arrived', async () => {
      serveHistory([
        change('2025-01-01', null, ['report-killed', 'report-value', 'president-kw']),
        change('2025-06-01', '2025-01-01', ['agency-killed-later', 'ratio']),
      ]);
      const user = userEvent.setup();
      renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
      const release = screen.getByLabelText('Release');
      await screen.findByRole('option', { name: 'New in release 2025-06-01 (2)' });
      expect(
        within(release)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Every claim', 'New in release 2025-06-01 (2)', 'New in release 2025-01-01 (3)']);
      await user.selectOptions(release, '2025-06-01');
      expect(screen.getByText('Showing 2 of 5 claims')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'about 300 killed' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'more than 100 killed' })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Clear filters' }));
      expect(screen.getByText('Showing 5 of 5 claims')).toBeInTheDocument();
    });

    it('says so when the release asked for is not on record, and lists every claim', async () => {
      serveHistory([change('2025-01-01', null, ['report-killed'])]);
      act(() => dashboardActions().filterChanged({ newIn: '2030-01-01' }));
      renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
      expect(
        await screen.findByText('No release 2030-01-01 is on record, so every claim is listed.'),
      ).toBeInTheDocument();
      expect(screen.getByText('Showing 5 of 5 claims')).toBeInTheDocument();
    });
  });

  it('sorts when a column header is pressed and says so to assistive technology', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
    const header = screen.getByRole('columnheader', { name: /Claim$/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    // By value, each unit is a group under its name, sorted within itself.
    const groups = () =>
      screen
        .getAllByRole('rowgroup')
        .slice(1)
        .map((group) => {
          const [name, ...rows] = within(group).getAllByRole('row');
          return [
            name!.textContent,
            ...rows.map((r) => within(r).getAllByRole('button')[0]!.textContent),
          ];
        });
    expect(groups()).toEqual([
      ['killed', 'about 300 killed', 'more than 100 killed'],
      ['killed or wounded', '4,000 killed or wounded'],
      ['times the cap', 'more than 2 times the cap'],
      ['US dollars', '$1.7–5.5 billion'],
    ]);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(groups()[0]).toEqual(['killed', 'more than 100 killed', 'about 300 killed']);
  });

  it('finds claims by every word of a search, whatever the digit grouping or case', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ClaimsPanel />, { dataset: fixtureDataset() });
    await user.type(screen.getByLabelText('Search'), 'SPY agency 300');
    expect(screen.getByText('Showing 1 of 5 claims')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'about 300 killed' })).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), '4000');
    expect(screen.getByRole('button', { name: '4,000 killed or wounded' })).toBeInTheDocument();
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

  describe('on a dataset of more claims than a page', () => {
    /** The fixture with two pages and a quarter of claims, one a day, newest last; a third injured. */
    const COUNT = 2 * LEDGER_PAGE + LEDGER_PAGE / 4;
    function large() {
      const base = fixtureDataset();
      const template = base.claims[0]!;
      const claims = Array.from({ length: COUNT }, (_, i) => {
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
      expect(
        screen.getByText(`Showing the first ${LEDGER_PAGE} of ${COUNT} claims`),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: `Show ${LEDGER_PAGE} more` }));
      expect(claimRows()).toBe(2 * LEDGER_PAGE);
      await user.click(
        screen.getByRole('button', { name: `Show ${COUNT - 2 * LEDGER_PAGE} more` }),
      );
      expect(claimRows()).toBe(COUNT);
      expect(screen.getByText(`Showing ${COUNT} of ${COUNT} claims`)).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
    });

    it('says how many match a filter, and starts again at one page when the filter changes', async () => {
      const user = userEvent.setup();
      renderWithProviders(<ClaimsPanel />, { dataset: large() });
      await user.click(screen.getByRole('button', { name: `Show ${LEDGER_PAGE} more` }));
      const injured = Math.ceil(COUNT / 3);
      const others = COUNT - injured;
      await user.selectOptions(screen.getByLabelText('Measure'), 'Injured');
      expect(claimRows()).toBe(injured);
      await user.click(screen.getByRole('button', { name: 'Clear filters' }));
      await user.selectOptions(
        screen.getByLabelText('Measure'),
        metricLabel(fixtureDataset(), fixtureDataset().claims[0]!.metric),
      );
      expect(
        screen.getByText(
          `Showing the first ${LEDGER_PAGE} of ${others} claims that match (${COUNT} in all)`,
        ),
      ).toBeInTheDocument();
      expect(claimRows()).toBe(LEDGER_PAGE);
    });

    it('always has a selected claim on the page, however far down it sorts, without the rows before it', async () => {
      const user = userEvent.setup();
      renderWithProviders(<ClaimsPanel />, { dataset: large() });
      const row = (n: number) => document.getElementById(`claim-claim-${n}`);
      // Newest first: claim-10 is number COUNT - 10, past the first page.
      act(() => dashboardActions().claimSelected('claim-10'));
      expect(row(10)).toHaveAttribute('data-selected', 'true');
      expect(row(11)).toBeNull();
      const skipped = COUNT - 10 - 1 - LEDGER_PAGE;
      expect(
        screen.getByText(
          `${skipped} claims not shown here; below, the selected claim, number ${COUNT - 10} in this order.`,
        ),
      ).toBeInTheDocument();
      expect(claimRows()).toBe(LEDGER_PAGE + 2);
      expect(
        screen.getByText(
          `Showing the first ${LEDGER_PAGE} of ${COUNT} claims, and the selected one`,
        ),
      ).toBeInTheDocument();
      // Cleared, or moved to a claim near the top, the selection leaves the rows where they are.
      act(() => dashboardActions().claimSelected(null));
      expect(row(10)).not.toBeNull();
      act(() => dashboardActions().claimSelected(`claim-${COUNT - 1}`));
      expect(row(10)).not.toBeNull();
      // The next page reaches it: it takes its place in the order, and is not counted as new.
      await user.click(screen.getByRole('button', { name: `Show ${LEDGER_PAGE - 1} more` }));
      expect(claimRows()).toBe(2 * LEDGER_PAGE);
      expect(screen.queryByText(/not shown here/)).toBeNull();
    });

    it('draws a row once: showing more or selecting draws only the rows that change', async () => {
      const user = userEvent.setup();
      renderWithProviders(<ClaimsPanel />, { dataset: large() });
      const first = document.getElementById(`claim-claim-${COUNT - 1}`)!;
      const button = within(first).getByRole('button');
      await user.click(screen.getByRole('button', { name: `Show ${LEDGER_PAGE} more` }));
      act(() => dashboardActions().claimSelected('claim-20'));
      // The same elements, not drawn anew, and the selection shown where it changed.
      expect(document.getElementById(`claim-claim-${COUNT - 1}`)).toBe(first);
      expect(within(first).getByRole('button')).toBe(button);
      expect(document.getElementById('claim-claim-20')).toHaveAttribute('data-selected', 'true');
    });
  });
});
