import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureDataset } from '../testing/fixture';
import { ChartDataTable } from './chart-data-table';
import { PAGE_SIZE } from './use-paged';

describe('ChartDataTable', () => {
  it('lists the claims in a real table behind "Show the data", in the order given', async () => {
    const onSelect = vi.fn();
    render(
      <ChartDataTable
        dataset={fixtureDataset()}
        claimIds={['agency-killed-later', 'ratio']}
        caption="Killed"
        selectedId="ratio"
        onSelect={onSelect}
      />,
    );
    await userEvent.click(screen.getByText('Show the data (2 claims)'));
    const table = screen.getByRole('table', { name: 'Killed' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('about 300 killed');
    expect(rows[0]).toHaveTextContent('Spy Agency');
    expect(rows[0]).toHaveTextContent('13 January 2025');
    expect(within(rows[0]!).getByRole('link', { name: 'Wire' })).toHaveAttribute(
      'href',
      'https://example.org/briefing',
    );
    expect(rows[1]).toHaveTextContent('derived');
    expect(rows[1]).toHaveTextContent('How derived: One claim divided by another.');
    expect(rows[1]).toHaveAttribute('data-selected');

    await userEvent.click(within(rows[0]!).getByRole('button', { name: 'about 300 killed' }));
    expect(onSelect).toHaveBeenCalledWith('agency-killed-later');
  });
});

describe('ChartDataTable on many claims', () => {
  const COUNT = 2 * PAGE_SIZE + PAGE_SIZE / 4;
  /** Two pages and a quarter of claims. */
  function many() {
    const base = fixtureDataset();
    const claims = Array.from({ length: COUNT }, (_, i) => ({
      ...base.claims[0]!,
      id: `claim-${i}`,
      value: i,
    }));
    return { ...base, claims };
  }
  const table = (selectedId: string | null) => {
    const dataset = many();
    return (
      <ChartDataTable
        dataset={dataset}
        claimIds={dataset.claims.map((c) => c.id)}
        caption="Many"
        selectedId={selectedId}
        onSelect={() => {}}
      />
    );
  };
  const bodyRows = () => document.querySelectorAll('tbody tr').length;

  it('puts its rows on the page only once it is opened', async () => {
    render(table(null));
    expect(bodyRows()).toBe(0);
    await userEvent.click(screen.getByText(`Show the data (${COUNT} claims)`));
    expect(bodyRows()).toBe(PAGE_SIZE);
  });

  it('shows a selected claim past the first page after it, not every row before it', async () => {
    const { rerender } = render(table(null));
    await userEvent.click(screen.getByText(`Show the data (${COUNT} claims)`));
    const last = COUNT - 1;
    rerender(table(`claim-${last}`));
    expect(bodyRows()).toBe(PAGE_SIZE + 2);
    expect(document.querySelector(`tr[data-claim="claim-${last}"]`)).toHaveAttribute(
      'data-selected',
    );
    expect(document.querySelector(`tr[data-claim="claim-${last - 1}"]`)).toBeNull();
    expect(
      screen.getByText(
        `${last - PAGE_SIZE} claims not shown here; below, the selected claim, number ${COUNT} in this order.`,
      ),
    ).toBeInTheDocument();
    // Two pages on, it takes its place, and was never counted as a row to come.
    await userEvent.click(screen.getByRole('button', { name: `Show ${PAGE_SIZE} more` }));
    const left = COUNT - 2 * PAGE_SIZE - 1;
    await userEvent.click(screen.getByRole('button', { name: `Show ${left} more` }));
    expect(bodyRows()).toBe(COUNT);
  });
});
