import { describe, expect, it } from 'vitest';
import { composeFigureSvg, escapeXml, wrapText, type FigureText } from './export-svg';

const text: FigureText = {
  title: 'Killed <as claimed>',
  subtitle: 'Each mark is a claim.',
  notes: 'A note.',
  sourceLine: 'Claimed by NIS; reported by CNA.',
  newest: { claimedOn: '2025-01' },
  madeOn: '2026-12-02',
  url: 'https://example.org/#casualties',
  customLabel: undefined,
  qualifiers: ['about', 'more-than'],
  series: [],
  reportNote: 'R: a figure of the report (Report Press, 23 December 2024).',
  sources: [{ title: 'A briefing', publisher: 'Wire', url: 'https://example.org/briefing' }],
};
const colours = { background: '#fff', text: '#111', muted: '#555' };

function parse(svg: string) {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('composeFigureSvg', () => {
  it('stands alone: title, qualifiers, report, sources, date and link, with sources in its metadata', () => {
    const chart = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    chart.setAttribute('width', '600');
    chart.setAttribute('height', '300');
    const doc = parse(composeFigureSvg(chart, text, colours));
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Killed <as claimed>');
    const words = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(words).toContain('How to read: ≈ about · > more than');
    expect(words).toContain('R: a figure of the report');
    expect(words).toContain('Claimed by NIS; reported by CNA.');
    // The newest claim as precisely as it is known, and how old it was on the day of the export.
    expect(words).toContain(
      'Newest claim January 2025, about 23 months before this export (2 December 2026) ·',
    );
    expect(words).toContain('https://example.org/#casualties');
    expect(words).not.toContain('1 January 2025');
    const sources = doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'source');
    expect([...sources].map((s) => s.textContent)).toEqual(['https://example.org/briefing']);
  });

  it('says so, first, when the figures are not the published ones', () => {
    const svg = composeFigureSvg(null, { ...text, customLabel: 'mine.json' }, colours);
    const first = parse(svg).querySelector('text');
    expect(first?.textContent).toContain('CUSTOM DATASET from mine.json');
  });
});

describe('helpers', () => {
  it('wraps words to a width without splitting them', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 80, 13);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    expect(lines.length).toBeGreaterThan(1);
  });

  it('escapes markup', () => {
    expect(escapeXml('<b>&"\'')).toBe('&#60;b&#62;&#38;&#34;&#39;');
  });
});
