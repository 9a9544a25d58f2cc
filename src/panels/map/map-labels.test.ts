import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../../dataset/schema';
import { visibleDataset } from '../../dataset/visible';
import { publishedDataset } from '../../testing/published-dataset';
import { project } from './geo';
import { distanceToBox, strikeDates, wrapLines } from './map-labels';
import { knownAsOf } from './map-known';
import { mapLayout, rectOf, type ViewId } from './map-layout';
import { mapPlaces, type MapPlace } from './map-places';
import { crossingView, fittedView } from './map-views';
import { STAGES } from './test-stages';
import { choosePageLocale } from '../../i18n/messages';
import { viewLabels, type PlacedLabel } from './view-labels';

const published = publishedDataset();
const places = mapPlaces(published);
const event = (date: string): DatasetEvent => ({
  id: `strike-${date}`,
  date,
  title: 't',
  source: 's',
});

function labelsAt(size: { width: number; height: number }, list: MapPlace[] = places) {
  const layout = mapLayout(size);
  const views = Object.fromEntries(
    layout.views.map((rect) => [rect.id, fittedView(rect.id, rect, list)]),
  ) as Record<ViewId, ReturnType<typeof fittedView>>;
  return { layout, views, labels: viewLabels(list, layout, views) };
}

const labelOf = (labels: PlacedLabel[], placeId: string) =>
  labels.find((l) => l.kind === 'place' && l.placeIds.includes(placeId));

describe('strikeDates and wrapLines', () => {
  it('writes each year once', () => {
    expect(strikeDates([event('2024-02-07'), event('2024-01-02'), event('2025-04-24')])).toBe(
      '2 Jan and 7 Feb 2024; 24 Apr 2025',
    );
  });
  it('breaks long lines between words only', () => {
    expect(wrapLines(['Tumangang–Khasan rail crossing'], 17)).toEqual([
      'Tumangang–Khasan',
      'rail crossing',
    ]);
  });
});

describe('labels in every view', () => {
  for (const [name, size] of Object.entries(STAGES))
    it(`at ${name} px: the plant, the crossing and Kursk, each beside its own symbol, none overlapping`, () => {
      const { layout, labels } = labelsAt(size);
      for (const id of ['february-11-plant', 'friendship-bridge', 'kursk-oblast']) {
        const label = labelOf(labels, id);
        expect(label, id).toBeDefined();
        if (!label) continue;
        // Beside its point, and nearer to it than to any other symbol drawn in its view.
        expect(distanceToBox(label.anchor, label.box)).toBeLessThan(16);
        const rect = rectOf(layout, label.view);
        expect(label.box.left).toBeGreaterThanOrEqual(rect.x);
        expect(label.box.right).toBeLessThanOrEqual(rect.x + rect.width);
      }
      for (const view of ['border', 'front', 'overview'] as ViewId[]) {
        const boxes = labels.filter((l) => l.view === view).map((l) => l.box);
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            expect(
              a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
            ).toBe(false);
      }
    });

  it('names the crossing as the report does, with the railcar count known at the date', () => {
    const crossing = labelOf(labelsAt(STAGES['1366']).labels, 'friendship-bridge');
    const text = crossing?.text.replace(/\s+/g, ' ');
    expect(text).toContain('Tumangang–Khasan rail crossing');
    expect(text).toContain('≈255 freight railcars (CSIS, 17 Jun 2024 imagery)');
  });

  it('writes the crossing’s count in the words of the page language', async () => {
    await choosePageLocale('ko');
    try {
      const korean = mapPlaces(publishedDataset());
      const crossing = labelOf(labelsAt(STAGES['1366'], korean).labels, 'friendship-bridge');
      const text = crossing?.text.replace(/\s+/g, ' ');
      expect(text).toContain('화물 화차 약 255량');
      expect(text).not.toContain('freight railcars');
    } finally {
      await choosePageLocale('en');
    }
  });

  it('gives the count known at an earlier date, and none before the first', () => {
    const at = (asOf: string) => {
      const seen = visibleDataset(published, { asOf, minConfidence: 'low' });
      const list = mapPlaces(seen, knownAsOf(published, asOf).placeIds);
      return labelOf(labelsAt(STAGES['1366'], list).labels, 'friendship-bridge')?.text.replace(
        /\s+/g,
        ' ',
      );
    };
    expect(at('2024-01-01')).toContain('≈73 freight railcars (CSIS, 5 Oct 2023 imagery)');
    // 38 North's train, of imagery of 29 and 30 November 2022, was published in December 2022.
    expect(at('2023-09-30')).toContain(
      '8 railcars in one train from Khasan (38 North, imagery 29 Nov 2022–30 Nov 2022)',
    );
    expect(at('2022-12-30')).not.toContain('railcars');
  });

  it('names North Korea, Russia, Ukraine and China on the wide map', () => {
    const names = labelsAt(STAGES['1366'])
      .labels.filter((l) => l.kind === 'country')
      .map((l) => l.text);
    expect(names).toEqual(expect.arrayContaining(['NORTH KOREA', 'RUSSIA', 'UKRAINE', 'CHINA']));
  });

  it('names the details’ frames on the overview, and leaves their places to them', () => {
    const { labels } = labelsAt(STAGES['1366']);
    const overview = labels.filter((l) => l.view === 'overview');
    expect(overview.map((l) => l.text)).toEqual(
      expect.arrayContaining(['North Korea–Russia border', 'Kursk and Ukraine']),
    );
    expect(labelOf(overview, 'february-11-plant')).toBeUndefined();
  });

  it('names the stations and the bridge apart in the crossing close-up', () => {
    const layout = mapLayout(STAGES['1366']);
    const rect = rectOf(layout, 'border');
    const views = {
      ...labelsAt(STAGES['1366']).views,
      border: crossingView(rect, places),
    };
    const texts = viewLabels(places, layout, views)
      .filter((l) => l.view === 'border')
      .map((l) => l.text.split('\n')[0]);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Tumangang station',
        'Khasan station',
        'Korea–Russia Friendship Bridge',
        'NORTH KOREA',
        'RUSSIA',
      ]),
    );
    const bridge = project([130.641056, 42.415167], views.border, rect);
    expect(bridge[0]).toBeGreaterThan(0);
  });
});
