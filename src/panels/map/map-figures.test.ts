import { describe, expect, it } from 'vitest';
import { visibleDataset } from '../../dataset/visible';
import { publishedDataset } from '../../testing/published-dataset';
import { crossingFigure, crossingFigureLines, shortClaimant } from './crossing-figure';
import { figureKey } from './map-figures';
import { knownAsOf } from './map-known';
import { mapPlaces } from './map-places';

const published = publishedDataset();
const places = mapPlaces(published);
const crossing = places.filter((p) =>
  ['tumangang-station', 'friendship-bridge', 'khasan-station'].includes(p.id),
);

describe('crossingFigure', () => {
  it('takes the railcar count seen last, at Tumangang on a tie', () => {
    const figure = crossingFigure(crossing);
    expect(figure?.claim.claim.id).toBe('csis-tumangang-2024-06-17');
    expect(crossingFigureLines(figure!).map((l) => l.replace(/\s/g, ' '))).toEqual([
      '≈255 freight railcars',
      '(CSIS, 17 Jun 2024 imagery)',
    ]);
  });

  it('shortens a claimant to its leading initials only', () => {
    expect(shortClaimant('CSIS Beyond Parallel')).toBe('CSIS');
    expect(shortClaimant("South Korea's NIS")).toBe("South Korea's NIS");
  });
});

describe('figureKey', () => {
  it('spells out the figures of the main places with claimants, and the strike dates', () => {
    const key = figureKey(places);
    const line = (name: string) => key.find((l) => l.startsWith(`${name}:`)) ?? '';
    expect(line('Tumangang station')).toContain('about 255 freight railcars (CSIS Beyond Parallel');
    expect(line('Kursk Oblast')).toContain("more than 100 killed (South Korea's NIS, 23 Dec 2024)");
    expect(line('Kharkiv')).toContain('strikes on 2 Jan, 6 Jan and 7 Feb 2024');
    expect(line('February 11 Plant, Hamhung')).toBe(
      'February 11 Plant, Hamhung: New assembly building: between 60 and 70 percent of the size of the existing assembly building (James Martin Center for Nonproliferation Studies (CNS), 25 Nov 2024).',
    );
    expect(key.some((l) => l.startsWith('Moscow'))).toBe(false);
  });

  it('leaves out places not yet on record at the date', () => {
    const date = '2024-01-01';
    const early = mapPlaces(
      visibleDataset(published, { asOf: date, minConfidence: 'low' }),
      knownAsOf(published, date).placeIds,
    );
    expect(figureKey(early).some((l) => l.startsWith('Kursk Oblast'))).toBe(false);
  });
});
