import { render, screen, within } from '@testing-library/react';
import type { MarkRow } from '../lib/chart-rows';
import { BoundLegend } from './chart-legend';
import { SeriesKey } from './series-key';

const base: MarkRow = {
  claimId: 'a',
  value: 1,
  low: undefined,
  qualifier: 'exact',
  confidence: 'high',
  derived: false,
  inReport: false,
  retracted: false,
  series: { colour: 0, shape: 'circle' },
  seriesLabel: 'A',
  short: '1',
  sentence: '1',
};

describe('BoundLegend', () => {
  it('explains only the qualifiers the chart uses, in words', () => {
    render(
      <BoundLegend
        marks={[base, { ...base, qualifier: 'more-than' }, { ...base, qualifier: 'up-to' }]}
        variant="point"
      />,
    );
    const legend = screen.getByRole('list', { name: 'How to read the marks' });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Exact stated as a plain number',
      'More than (>) a lower bound: the true figure is higher',
      'Up to (≤) an upper bound: the figure or lower',
    ]);
  });

  it('samples a band as a band, as the chart draws it, beside the points', () => {
    const { container } = render(
      <BoundLegend
        marks={[base]}
        bands={[{ ...base, claimId: 'b', qualifier: 'up-to' }]}
        variant="point"
      />,
    );
    const items = container.querySelectorAll('.chart-legend > li');
    expect(items[0]).toHaveTextContent('Exact');
    const upTo = [...items].find((li) => li.textContent?.startsWith('Up to'))!;
    // The bar sample is wider than it is tall; a point sample is the other way round.
    const sample = upTo.querySelector('svg')!;
    expect(Number(sample.getAttribute('width'))).toBeGreaterThan(
      Number(sample.getAttribute('height')),
    );
    expect(upTo.querySelectorAll('svg')).toHaveLength(1);
  });

  it('explains derived values, confidence and the report’s badge when present', () => {
    render(
      <BoundLegend
        marks={[base, { ...base, derived: true, confidence: 'low', inReport: true }]}
        variant="bar"
        reportLabel="the report of 23 December 2024"
      />,
    );
    expect(screen.getByText(/derived from other claims/)).toBeInTheDocument();
    expect(screen.getByText(/high confidence: solid; low: nearly hollow/)).toBeInTheDocument();
    expect(
      screen.getByText('the report of 23 December 2024', { exact: false }),
    ).toBeInTheDocument();
  });
});

describe('SeriesKey', () => {
  it('names every series beside its shape', () => {
    render(
      <SeriesKey
        series={[
          { label: "South Korea's NIS", style: { colour: 0, shape: 'circle' } },
          { label: 'President Zelensky', style: { colour: 1, shape: 'square' } },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Claimants' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(["South Korea's NIS", 'President Zelensky']);
    expect(items[0]!.querySelector('path')).toHaveAttribute('fill', 'var(--series-0)');
  });
});
