import { fitText } from './fit-text';

describe('fitText', () => {
  it('keeps text that fits', () => {
    expect(fitText('reported by Asia Economy', 300)).toBe('reported by Asia Economy');
  });

  it('cuts long text at a word and marks the cut', () => {
    const text = 'reported by Euromaidan Press, Evrim Ağacı, Asia Economy';
    const fitted = fitText(text, 200);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fitted.length * 6.4).toBeLessThanOrEqual(200 + 6.4);
    expect(text.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitted).not.toMatch(/,…$/);
  });
});
