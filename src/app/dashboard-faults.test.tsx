import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { renderWithProviders } from '../testing/render';
import { Dashboard } from './dashboard';

// One panel that throws whenever it draws, as a bug in it would.
let oilFails = true;
vi.mock('../panels/oil/oil-panel', () => ({
  OilPanel: () => {
    if (oilFails) throw new Error('the cap rule could not be placed');
    return <section data-panel="oil">Oil drawn</section>;
  },
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a panel that throws', () => {
  it('is contained: it says what went wrong, the others keep working, and it can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(fixtureDataset()))),
    );
    renderWithProviders(<Dashboard />);
    const ledger = await screen.findByRole('heading', { name: 'Every claim' });
    expect(ledger).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'The headline figures' })).toBeInTheDocument();

    const failed = document.querySelector<HTMLElement>('section[data-panel="oil"]')!;
    expect(failed).toHaveAttribute('role', 'alert');
    expect(failed).toHaveTextContent('the cap rule could not be placed');
    expect(failed).toHaveTextContent('The rest of the dashboard is not affected.');

    // The rest still answers: the ledger still filters.
    await userEvent.type(screen.getByLabelText('Search'), 'President');
    expect(screen.getByText('Showing 1 of 5 claims')).toBeInTheDocument();

    oilFails = false;
    await userEvent.click(within(failed).getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Oil drawn')).toBeInTheDocument();
  });
});
