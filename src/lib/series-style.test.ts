import { MARK_SHAPES, seriesColour, seriesStyles } from './series-style';
import { shapePath } from './mark-shapes';

describe('seriesStyles', () => {
  it('gives the first seven series different colours and different shapes', () => {
    const styles = [...seriesStyles(['a', 'b', 'c', 'd', 'e', 'f', 'g']).values()];
    expect(new Set(styles.map((s) => s.colour)).size).toBe(7);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(7);
  });

  it('keeps every pair of twenty series distinct in colour or shape', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `s${i}`);
    const keys = [...seriesStyles(ids).values()].map((s) => `${s.colour}/${s.shape}`);
    expect(new Set(keys).size).toBe(20);
  });

  it('styles an id once, by its first appearance', () => {
    const styles = seriesStyles(['a', 'b', 'a']);
    expect(styles.size).toBe(2);
    expect(styles.get('b')).toEqual({ colour: 1, shape: MARK_SHAPES[1] });
  });

  it('names colours as CSS variables that the themes define', () => {
    expect(seriesColour(3)).toBe('var(--series-3)');
    expect(seriesColour(9)).toBe('var(--series-2)');
  });
});

describe('shapePath', () => {
  it('draws every shape as a closed path', () => {
    for (const shape of MARK_SHAPES) expect(shapePath(shape, 5)).toMatch(/^M.*Z$/);
  });

  it('draws different outlines for different shapes', () => {
    const paths = MARK_SHAPES.map((shape) => shapePath(shape, 5));
    expect(new Set(paths).size).toBe(MARK_SHAPES.length);
  });
});
