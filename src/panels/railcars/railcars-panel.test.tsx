import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentView } from '../../store';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { RailcarsPanel } from './railcars-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="railcars"]')!;
const mark = (id: string) => panel().querySelector<SVGGElement>(`.claim-mark[data-claim="${id}"]`);

describe('RailcarsPanel', () => {
  it('draws the counts, the baseline band, the summit and the growth claim', () => {
    renderWithProviders(<RailcarsPanel />, { dataset: publishedDataset() });
    for (const id of [
      'csis-tumangang-baseline',
      'csis-tumangang-2023-10-05',
      'csis-tumangang-2024-06-17',
      'csis-khasan-2024-06-17',
      'report-railcars-tripled',
    ])
      expect(mark(id)).not.toBeNull();
    expect(within(panel()).getByText('Kim–Putin summit')).toBeInTheDocument();
    expect(within(panel()).getByText('Baseline: ≤20')).toBeInTheDocument();
    expect(within(panel()).getByText('Traffic 3×')).toBeInTheDocument();
    // Observations stand alone: no line suggests counts between them.
    expect(panel().querySelector('.recharts-line, .recharts-curve, polyline')).toBeNull();
  });

  it('gives imagery and publication dates and the mix of cars for a focused count', () => {
    renderWithProviders(<RailcarsPanel />, { dataset: publishedDataset() });
    act(() => mark('csis-tumangang-2024-06-17')!.focus());
    const details = panel().querySelector<HTMLElement>('.chart-details')!;
    expect(details).toHaveTextContent('about 255 freight railcars');
    expect(details).toHaveTextContent('Imagery of 17 June 2024; published 8 August 2024.');
    expect(details).toHaveTextContent(
      'Counted as: about 175 ore cars, about 14 box cars, about 66 tank cars.',
    );
    expect(details).toHaveTextContent('How derived:');
  });

  it('selects a count on click', async () => {
    renderWithProviders(<RailcarsPanel />, { dataset: publishedDataset() });
    await userEvent.click(mark('csis-khasan-2024-06-17')!);
    expect(currentView().selectedClaimId).toBe('csis-khasan-2024-06-17');
    expect(mark('csis-khasan-2024-06-17')).toHaveAttribute('data-selected');
  });

  it('says so when no railcar count is known', () => {
    renderWithProviders(<RailcarsPanel />, { dataset: fixtureDataset() });
    expect(screen.getByText(/^The dataset holds no railcar count\./)).toBeInTheDocument();
  });
});
