import { render, screen } from '@testing-library/react';
import { fixtureDataset } from '../testing/fixture';
import { SourceCredit } from './source-credit';

describe('SourceCredit', () => {
  it('names the original outlet, then "via" the one cited, and links the archived copy', () => {
    const dataset = fixtureDataset();
    dataset.sources[0]!.archived = 'https://archive.example/report';
    render(<SourceCredit dataset={dataset} source={dataset.sources[0]!} />);
    expect(screen.getByText(/Original Daily via/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Report Press' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
    const archived = screen.getByRole('link', { name: 'archived copy' });
    expect(archived).toHaveAttribute('href', 'https://archive.example/report');
    expect(archived).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('follows a chain of relays to its end, and names an outlet that is not a source', () => {
    const dataset = fixtureDataset();
    dataset.sources[1]!.relaysOutlet = 'Wire Service';
    dataset.sources[1]!.kind = 'copy';
    const { container } = render(<SourceCredit dataset={dataset} source={dataset.sources[0]!} />);
    expect(container).toHaveTextContent('Wire Service via Report Press');
  });

  it('credits an original report by itself', () => {
    const dataset = fixtureDataset();
    const { container } = render(
      <SourceCredit dataset={dataset} source={dataset.sources[2]!} link={false} />,
    );
    expect(container).toHaveTextContent(/^Wire$/);
    expect(container.querySelector('a')).toBeNull();
  });
});
