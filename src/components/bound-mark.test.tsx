import { render } from '@testing-library/react';
import { barGeometry } from '../lib/bound-geometry';
import { pointGeometry } from '../lib/point-geometry';
import { BoundMark } from './bound-mark';
import { CONFIDENCE_OPACITY, DERIVED_DASH } from './mark-paint';

const series = { colour: 2, shape: 'square' as const };
const right = { orientation: 'right' as const, zero: 0, value: 100, cross: 20 };

function draw(ui: React.ReactElement) {
  return render(<svg>{ui}</svg>).container;
}

describe('BoundMark', () => {
  it('fades the extension of a lower bound with the chart’s mask and ends it in a chevron', () => {
    const svg = draw(
      <BoundMark
        geometry={barGeometry('more-than', right, 10)}
        defsId="c1"
        series={series}
        confidence="high"
        derived={false}
      />,
    );
    expect(svg.querySelector('rect[mask="url(#c1-fade-right)"]')).not.toBeNull();
    expect(svg.querySelectorAll('.bound-chevron')).toHaveLength(1);
    expect(svg.querySelector('rect[fill="var(--series-2)"]')).not.toBeNull();
  });

  it('dashes the outline of a derived value', () => {
    const svg = draw(
      <BoundMark
        geometry={pointGeometry('about', { ...right, orientation: 'up' }, 6)}
        defsId="c1"
        series={series}
        confidence="high"
        derived
      />,
    );
    expect(svg.querySelector('path.bound-outline')).toHaveAttribute(
      'stroke-dasharray',
      DERIVED_DASH,
    );
    // And a ring around the shape, which a dashed outline at mark size is not enough for.
    expect(svg.querySelectorAll('path.bound-derived-ring')).toHaveLength(1);
  });

  it('draws no ring around a value that is not derived', () => {
    const svg = draw(
      <BoundMark
        geometry={pointGeometry('exact', { ...right, orientation: 'up' }, 6)}
        defsId="c1"
        series={series}
        confidence="high"
        derived={false}
      />,
    );
    expect(svg.querySelector('path.bound-derived-ring')).toBeNull();
  });

  it('draws lower confidence with a weaker fill', () => {
    const svg = draw(
      <BoundMark
        geometry={barGeometry('exact', right, 10)}
        defsId="c1"
        series={series}
        confidence="low"
        derived={false}
      />,
    );
    expect(svg.querySelector('rect[fill-opacity]')).toHaveAttribute(
      'fill-opacity',
      String(CONFIDENCE_OPACITY.low),
    );
    expect(CONFIDENCE_OPACITY.high).toBeGreaterThan(CONFIDENCE_OPACITY.medium);
    expect(CONFIDENCE_OPACITY.medium).toBeGreaterThan(CONFIDENCE_OPACITY.low);
  });

  it('fades "up to" toward zero', () => {
    const svg = draw(
      <BoundMark
        geometry={barGeometry('up-to', right, 10)}
        defsId="c2"
        series={series}
        confidence="high"
        derived={false}
      />,
    );
    expect(svg.querySelector('rect[mask="url(#c2-fade-left)"]')).not.toBeNull();
    expect(svg.querySelectorAll('.bound-cap')).toHaveLength(1);
  });
});
