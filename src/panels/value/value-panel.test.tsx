import { act, within } from '@testing-library/react';
import { dashboardActions } from '../../store';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { ValuePanel } from './value-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="value"]')!;

describe('ValuePanel', () => {
  it('draws the range from its low end and the “up to” fading toward zero', () => {
    renderWithProviders(<ValuePanel />, { dataset: publishedDataset() });
    const range = panel().querySelector(
      '.claim-mark-group[data-claim="guseinova-deliveries-value"]',
    )!;
    expect(range.querySelectorAll('.bound-cap')).toHaveLength(2);
    expect(range.querySelector('.mark-label')).toHaveTextContent('$1.7–5.5 bn');
    const upTo = panel().querySelector('.claim-mark-group[data-claim="report-arms-earnings"]')!;
    expect(upTo.querySelector('rect[mask*="fade-left"]')).not.toBeNull();
    expect(upTo.querySelector('.mark-label')).toHaveTextContent('≤$5.5 bn');
    expect(within(panel()).getByText(/Money earned need not equal the value/)).toBeInTheDocument();
  });

  it('hides the report’s claim before the report', () => {
    renderWithProviders(<ValuePanel />, { dataset: publishedDataset() });
    act(() => dashboardActions().asOfChanged('2024-11-01'));
    expect(panel().querySelector('[data-claim="report-arms-earnings"]')).toBeNull();
    expect(panel().querySelector('[data-claim="guseinova-deliveries-value"]')).not.toBeNull();
  });
});
