import { render, screen } from '@testing-library/react';
import { fixtureDataset } from '../testing/fixture';
import { ChartDetails } from './chart-details';
import { ChartTooltip } from './chart-tooltip';

const dataset = fixtureDataset();

describe('ChartDetails', () => {
  it('invites the reader when nothing is focused or selected', () => {
    render(<ChartDetails dataset={dataset} claimId={null} reason={null} />);
    expect(screen.getByText(/tab to a mark/)).toBeInTheDocument();
  });

  it('shows the claim in words, claimant, linked source, date, confidence and note', () => {
    render(
      <ChartDetails
        dataset={dataset}
        claimId="president-kw"
        reason="focus"
        extra={() => <p>Extra line</p>}
      />,
    );
    expect(screen.getByText('4,000 killed or wounded')).toBeInTheDocument();
    expect(screen.getByText('The President')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wire' })).toHaveAttribute(
      'href',
      'https://example.org/briefing',
    );
    expect(screen.getByText(/9 January 2025/)).toBeInTheDocument();
    expect(screen.getByText('Low')).toBeInTheDocument();
    expect(screen.getByText('Said at a meeting.')).toBeInTheDocument();
    expect(screen.getByText('Extra line')).toBeInTheDocument();
    expect(screen.getByText('Focused claim')).toBeInTheDocument();
  });
});

describe('ChartTooltip', () => {
  const active = {
    claimId: 'ratio',
    via: 'pointer' as const,
    left: 100,
    right: 120,
    top: 50,
    bottom: 70,
  };

  it('sits beside the mark, hidden from screen readers, and says how a value was derived', () => {
    const { container } = render(
      <ChartTooltip dataset={dataset} active={active} areaWidth={800} areaHeight={320} />,
    );
    const tooltip = container.querySelector<HTMLElement>('.chart-tooltip')!;
    expect(tooltip).toHaveAttribute('aria-hidden', 'true');
    expect(tooltip.style.left).toBe('130px');
    expect(tooltip).toHaveTextContent('more than 2 times the cap');
    expect(tooltip).toHaveTextContent('How derived: One claim divided by another.');
  });

  it('flips to the left of a mark near the right edge, and below it when neither side fits', () => {
    const near = { ...active, left: 700, right: 720 };
    const { container, rerender } = render(
      <ChartTooltip dataset={dataset} active={near} areaWidth={800} areaHeight={320} />,
    );
    expect(container.querySelector<HTMLElement>('.chart-tooltip')!.style.left).toBe('430px');
    rerender(
      <ChartTooltip
        dataset={dataset}
        active={{ ...active, left: 150, right: 170 }}
        areaWidth={340}
        areaHeight={320}
      />,
    );
    expect(container.querySelector<HTMLElement>('.chart-tooltip')!.style.top).toBe('78px');
  });

  it('opens upwards for a mark in the lower half, so it never hangs over the legend below', () => {
    const low = { ...active, top: 250, bottom: 270 };
    const { container, rerender } = render(
      <ChartTooltip dataset={dataset} active={low} areaWidth={800} areaHeight={320} />,
    );
    const tooltip = () => container.querySelector<HTMLElement>('.chart-tooltip')!;
    expect(tooltip().style.top).toBe('270px');
    expect(tooltip().style.transform).toBe('translateY(-100%)');
    rerender(
      <ChartTooltip
        dataset={dataset}
        active={{ ...low, left: 150, right: 170 }}
        areaWidth={340}
        areaHeight={320}
      />,
    );
    expect(tooltip().style.top).toBe('242px');
    expect(tooltip().style.transform).toBe('translateY(-100%)');
  });

  it('draws nothing when no mark is active', () => {
    const { container } = render(
      <ChartTooltip dataset={dataset} active={null} areaWidth={800} areaHeight={320} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
