import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureDataset } from '../testing/fixture';
import { ChartDataTable } from './chart-data-table';

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
