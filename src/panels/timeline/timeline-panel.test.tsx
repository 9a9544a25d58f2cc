import { act, screen, within } from '@testing-library/react';
import { dashboardActions } from '../../store';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { TimelinePanel } from './timeline-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="timeline"]')!;

describe('TimelinePanel', () => {
  it('lists every event with its date and a link to its source', () => {
    renderWithProviders(<TimelinePanel />, { dataset: publishedDataset() });
    const items = within(panel()).getAllByRole('listitem');
    expect(items).toHaveLength(28);
    const retaken = panel().querySelector<HTMLElement>('[data-event="kursk-retaken"]')!;
    expect(retaken.querySelector('time')).toHaveTextContent(/^March 2025$/);
    expect(retaken.querySelector('time')).toHaveAttribute('datetime', '2025-03');
    const summit = panel().querySelector<HTMLElement>('[data-event="summit"]')!;
    expect(summit).toHaveTextContent('13 September 2023');
    expect(summit).toHaveTextContent('Kim–Putin summit at the Vostochny Cosmodrome');
    expect(within(summit).getByRole('link', { name: 'TASS' })).toHaveAttribute(
      'href',
      'https://tass.com/world/1673965',
    );
  });

  it('drops events after the "known as of" date and marks the selected claim’s date', () => {
    renderWithProviders(<TimelinePanel />, { dataset: publishedDataset() });
    act(() => {
      dashboardActions().asOfChanged('2024-12-23');
      dashboardActions().claimSelected('report-killed');
    });
    expect(panel().querySelector('[data-event="russia-confirms"]')).toBeNull();
    expect(panel().querySelector('[data-event="report"]')).not.toBeNull();
    expect(panel().querySelector('.timeline-strip__marker')).not.toBeNull();
    expect(
      screen.getByText(/when the selected claim was made \(23 December 2024\)/),
    ).toBeInTheDocument();
  });
});
