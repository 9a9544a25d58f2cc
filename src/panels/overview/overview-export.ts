import { wrapText, type FigureColours } from '../../lib/export-svg';
import { formatClaimDate } from '../../lib/format';
import type { HeadlineRow } from './headline-rows';
import { t } from '../../i18n/messages';
import { nameText } from '../../i18n/data-lang';

const SVG = 'http://www.w3.org/2000/svg';
const COLUMNS = 3;
const WIDTH = 250;
const GAP = 14;
const PAD = 10;

interface Line {
  text: string;
  size: number;
  weight?: number;
  muted?: boolean;
}

/** A card's lines, wrapped to its width: every word of a figure is kept, none cut off. */
function cardLines(row: HeadlineRow): Line[] {
  const wrap = (text: string, size: number, rest: Omit<Line, 'text' | 'size'> = {}) =>
    wrapText(text, WIDTH - 2 * PAD, size).map((line) => ({ text: line, size, ...rest }));
  const { claim, claimant } = row.attributed;
  return [
    ...wrap(row.label.text.toUpperCase(), 11, { muted: true }),
    { text: row.short, size: 26, weight: 700 },
    ...wrap(row.words, 13, { weight: 700 }),
    ...wrap(`${nameText(claimant)}, ${formatClaimDate(claim, 'short')}`, 11, { muted: true }),
    ...(row.newer
      ? wrap(
          t('overview.newestLine', {
            figure: row.newer.words,
            claimant: nameText(row.newer.attributed.claimant),
            date: formatClaimDate(row.newer.attributed.claim, 'short'),
          }),
          11,
          { muted: true },
        )
      : []),
  ];
}

const lineHeight = (line: Line) => line.size * 1.3;

/**
 * The headline figures as a drawing for export: a card each, the figure in words with its
 * claimant and date, and the newest claim on the measure beneath when there is one.
 */
export function overviewFigure(
  rows: readonly HeadlineRow[],
  colours: FigureColours,
): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const cards = rows.map(cardLines);
  // Each row of cards is as tall as its tallest card.
  const rowHeights: number[] = [];
  cards.forEach((lines, i) => {
    const height = lines.reduce((sum, l) => sum + lineHeight(l), 2 * PAD);
    const r = Math.floor(i / COLUMNS);
    rowHeights[r] = Math.max(rowHeights[r] ?? 0, height);
  });
  const width = COLUMNS * WIDTH + (COLUMNS - 1) * GAP;
  const height = rowHeights.reduce((sum, h) => sum + h + GAP, -GAP);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(Math.max(height, 0)));
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(height, 0)}`);
  cards.forEach((lines, i) => {
    const r = Math.floor(i / COLUMNS);
    const x = (i % COLUMNS) * (WIDTH + GAP);
    const y0 = rowHeights.slice(0, r).reduce((sum, h) => sum + h + GAP, 0);
    const card = document.createElementNS(SVG, 'rect');
    card.setAttribute('x', String(x + 0.5));
    card.setAttribute('y', String(y0 + 0.5));
    card.setAttribute('width', String(WIDTH - 1));
    card.setAttribute('height', String(rowHeights[r]! - 1));
    card.setAttribute('rx', '6');
    card.setAttribute('fill', 'none');
    card.setAttribute('stroke', colours.muted);
    svg.append(card);
    let y = y0 + PAD;
    for (const line of lines) {
      y += lineHeight(line);
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', String(x + PAD));
      text.setAttribute('y', String(y - line.size * 0.3));
      text.setAttribute('font-size', String(line.size));
      text.setAttribute('font-weight', String(line.weight ?? 400));
      text.setAttribute('fill', line.muted ? colours.muted : colours.text);
      text.textContent = line.text;
      svg.append(text);
    }
  });
  return svg;
}
