import { within } from '@testing-library/react';
import { fixtureDataset } from '../../testing/fixture';
import { renderWithProviders } from '../../testing/render';
import { ClaimsPanel } from './claims-panel';

describe('the ledger and withdrawn or corrected claims', () => {
  it('keeps a withdrawn claim, struck through, with the reason and the corrections', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.retracted = { date: '2025-02', reason: 'The agency withdrew it.' };
    dataset.claims[3]!.corrections = [{ date: '2025-01-20', change: 'The date was wrong.' }];
    renderWithProviders(<ClaimsPanel />, { dataset });
    const row = document.querySelector<HTMLElement>('tr[data-claim="agency-killed-later"]')!;
    expect(row).toHaveAttribute('data-retracted');
    expect(within(row).getByText('about 300 killed')).toHaveClass('retracted');
    expect(row).toHaveTextContent('Withdrawn in February 2025: The agency withdrew it.');
    const corrected = document.querySelector<HTMLElement>('tr[data-claim="president-kw"]')!;
    expect(corrected).toHaveTextContent('Corrected 20 January 2025: The date was wrong.');
  });

  it('writes each date as precisely as it is known, and sorts them by the days they may stand for', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.claimedOn = '2025-01';
    delete dataset.claims[3]!.claimedOn;
    dataset.claims[3]!.claimedBy = '2025-01-09';
    renderWithProviders(<ClaimsPanel />, { dataset });
    const dates = [...document.querySelectorAll('td[data-label="Claimed on"]')].map(
      (cell) => cell.textContent,
    );
    // Newest first, by the first day each may stand for: 13 January, 9 January, then the month.
    expect(dates).toEqual([
      '13 Jan 2025',
      'on or before 9 Jan 2025',
      'Jan 2025',
      '23 Dec 2024',
      '23 Dec 2024',
    ]);
  });
});
