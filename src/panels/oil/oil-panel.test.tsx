import { act, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentView, dashboardActions } from '../../store';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { OilPanel } from './oil-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="oil"]')!;

describe('OilPanel', () => {
  it('draws the open-ended delivery bars against the cap, with rules at one and two caps', () => {
    renderWithProviders(<OilPanel />, { dataset: publishedDataset() });
    const oil = panel().querySelector('.claim-mark[data-claim="osc-oil-barrels"]')!;
    expect(oil.querySelector('rect[mask*="fade-right"]')).not.toBeNull();
    expect(oil.querySelector('.bound-chevron')).not.toBeNull();
    const cap = panel().querySelector('.claim-mark[data-claim="unscr-2397-cap"]')!;
    expect(cap.querySelector('rect[mask]')).toBeNull();
    expect(within(panel()).getByText('2× cap')).toBeInTheDocument();
  });

  it('shows the ratio claims as selectable text, the derived one marked', async () => {
    renderWithProviders(<OilPanel />, { dataset: publishedDataset() });
    const derived = within(panel()).getByRole('button', {
      name: /more than 2 times the UN annual cap, according to Open Source Centre/,
    });
    expect(derived).toHaveTextContent('derived');
    await userEvent.click(derived);
    expect(currentView().selectedClaimId).toBe('osc-oil-vs-cap');
    expect(derived).toHaveAttribute('aria-pressed', 'true');
  });

  it('drops claims made after the "known as of" date', () => {
    renderWithProviders(<OilPanel />, { dataset: publishedDataset() });
    act(() => dashboardActions().asOfChanged('2024-12-01'));
    expect(panel().querySelector('[data-claim="report-oil"]')).toBeNull();
    expect(panel().querySelector('[data-claim="osc-oil-barrels"]')).not.toBeNull();
    expect(panel()).toHaveTextContent('Newest claim shown 22 November 2024');
  });
});
