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
  it('shows the report’s figure beside the newest, each with its qualifier, claimant, source and date', () => {
    renderWithProviders(<OverviewPanel />, { dataset: fixtureDataset() });
    const row = screen.getByText('more than 100 killed').closest('li')!;
    expect(within(row).getByRole('heading', { name: 'Killed' })).toBeInTheDocument();
    const [report, newer] = [...row.querySelectorAll<HTMLElement>('.headline__cell')];
    expect(within(report!).getByText('>100')).toBeInTheDocument();
    expect(report).toHaveTextContent(
      'In the report>100more than 100 killedSpy Agency, 23 December 2024 (the report)',
    );
    expect(within(report!).getByRole('link', { name: '23 December 2024' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
    // The newest claim is drawn as the report's is: figure, words, claimant, date and outlet.
    expect(newer).toHaveTextContent(
      'Newest claim≈300about 300 killedSpy Agency, 13 January 2025 (Wire)',
    );
    expect(within(newer!).getByRole('link', { name: '13 January 2025' })).toHaveAttribute(
      'href',
      'https://example.org/briefing',
    );
    expect(screen.getByText(/Newest claim shown/)).toHaveTextContent(
      /^Newest claim shown 13 January 2025, \d/,
    );
  });

  it('says so where no claim is newer than the report’s', () => {
    renderWithProviders(<OverviewPanel />, { dataset: fixtureDataset() });
    const row = document.querySelector<HTMLElement>('.headline[data-claim="report-value"]')!;
    expect(row.querySelector('.headline__cell--newer')).toHaveTextContent(
      'No later claim in the dataset',
    );
  });

  it('says why it is empty when the "known as of" date comes before the report', () => {
    renderWithProviders(<OverviewPanel />, { dataset: fixtureDataset() });
    act(() => dashboardActions().asOfChanged('2024-10-01'));
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText(/^No figure of the report/)).toHaveTextContent(
      'No figure of the report was known as of 1 October 2024. Clear the filters in the header to see every claim.',
    );
    // Nothing to draw, so no image to make of it.
    expect(screen.getByRole('button', { name: /^PNG/ })).toBeDisabled();
  });

  it('hides what was not yet claimed on the "known as of" date', () => {
    renderWithProviders(<OverviewPanel />, { dataset: fixtureDataset() });
    act(() => dashboardActions().asOfChanged('2024-12-23'));
    expect(screen.queryByText('about 300 killed')).toBeNull();
    expect(screen.getByText(/Newest claim shown/)).toHaveTextContent(
      /^Newest claim shown 23 December 2024, /,
    );
  });
});
