import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../dataset/schema';
import { publishedDataset } from '../../testing/published-dataset';
import { labelBox, labelSize, placeLabels, strikeDates, type MapLabel } from './map-labels';
import { mapPlaces } from './map-places';
import { crossingView, firstView } from './map-views';
import { project, type MapViewState } from './geo';

const places = mapPlaces(publishedDataset());
const event = (date: string): DatasetEvent => ({
  id: `strike-${date}`,
  date,
  title: 't',
  source: 's',
});

const box = (label: MapLabel, view: MapViewState, size: { width: number; height: number }) =>
  labelBox(project(label.position, view, size), label, label.text);

describe('strikeDates', () => {
  it('writes each year once', () => {
    expect(strikeDates([event('2024-02-07'), event('2024-01-02'), event('2025-04-24')])).toBe(
      '2 Jan and 7 Feb 2024; 24 Apr 2025',
    );
    expect(strikeDates([event('2024-08-11')])).toBe('11 Aug 2024');
  });
});

describe('placeLabels', () => {
  const desktop = { width: 1260, height: 558 };
  const phone = { width: 366, height: 320 };

  for (const [name, size] of Object.entries({ desktop, phone }))
    it(`never overlaps two labels, nor leaves the map, on a ${name}`, () => {
      const view = firstView(size);
      const boxes = placeLabels(places, view, size).map((l) => box(l, view, size));
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(size.width);
        for (const b of boxes.slice(i + 1))
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(
            false,
          );
      }
    });

  it('labels every place of the story in the first desktop view, with strike dates', () => {
    const view = firstView(desktop);
    const texts = placeLabels(places, view, desktop).map((l) => l.text);
    expect(texts).toContain('February 11 Plant, Hamhung\n(identification inferred)');
    expect(texts).toContain('Tumen river crossing');
    expect(texts).toContain('Kharkiv\n2 Jan, 6 Jan and 7 Feb 2024');
    expect(texts).toContain('Kyiv and its region\n2 Jan and 11 Aug 2024\n24 Apr 2025');
    expect(texts).toEqual(expect.arrayContaining(['Kursk Oblast', 'Moscow', 'Pyongyang']));
  });

  it('names the stations and the bridge apart in the crossing close-up', () => {
    const view = crossingView(desktop);
    const texts = placeLabels(places, view, desktop).map((l) => l.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Tumangang station',
        'Khasan station',
        'Korea–Russia Friendship Bridge',
      ]),
    );
    expect(texts).toEqual(expect.arrayContaining(['NORTH KOREA', 'RUSSIA']));
  });

  it('leaves out, on a phone, labels so long they would reach across the map', () => {
    const view = firstView(phone);
    const labels = placeLabels(places, view, phone);
    expect(labels.map((l) => l.text)).not.toContain('Vostochny port (oil terminal)');
    for (const l of labels) expect(labelSize(l.text).width).toBeLessThanOrEqual(phone.width * 0.4);
  });

  it('leaves out country names when asked', () => {
    const view = firstView(desktop);
    expect(
      placeLabels(places, view, desktop, { countries: false }).every((l) => l.kind === 'place'),
    ).toBe(true);
  });
});
