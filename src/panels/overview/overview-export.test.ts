import { describe, expect, it } from 'vitest';
import { publishedDataset } from '../../testing/published-dataset';
import { headlineRows } from './headline-rows';
import { overviewFigure } from './overview-export';

const colours = { background: '#fff', text: '#111', muted: '#555' };

describe('overviewFigure', () => {
  it('draws every headline card with its figure in words, claimant and date, nothing cut off', () => {
    const rows = headlineRows(publishedDataset());
    const svg = overviewFigure(rows, colours);
    expect(svg.querySelectorAll('rect')).toHaveLength(rows.length);
    const words = [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const row of rows) {
      expect(words).toContain(row.short);
      for (const word of row.words.split(' ')) expect(words).toContain(word);
    }
    expect(words).toContain("South Korea's NIS, 23 Dec 2024");
    expect(words).not.toContain('…');
  });
});
