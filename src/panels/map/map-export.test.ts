import { describe, expect, it } from 'vitest';
import { wrapText } from './map-export';

describe('wrapText', () => {
  const measure = (s: string) => s.length * 10;

  it('breaks between words so no line is wider than allowed', () => {
    expect(wrapText('Figures as of 2 September 2025', 140, measure)).toEqual([
      'Figures as of',
      '2 September',
      '2025',
    ]);
  });

  it('keeps a word longer than the width on its own line rather than cutting it', () => {
    expect(wrapText('a Hwasong-11 b', 50, measure)).toEqual(['a', 'Hwasong-11', 'b']);
  });
});
