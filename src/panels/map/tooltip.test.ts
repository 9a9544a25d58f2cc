import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { mapFlows } from './map-flows';
import { mapPlaces } from './map-places';
import { FLOWS } from './flows';
import { flowTooltip, notYetOnRecord, placeTooltip, tooltipPosition } from './tooltip';

const published = publishedDataset();
const places = mapPlaces(published);
const flows = mapFlows(published, places);
const place = (id: string) => {
  const found = places.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return found;
};
const flow = (id: string) => {
  const found = flows.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('placeTooltip', () => {
  it('lists the claim a click selects first, in the formatter’s words, with claimant and date', () => {
    const content = placeTooltip(place('kursk-oblast'));
    expect(content.title).toBe('Kursk Oblast');
    expect(content.subtitle).toBe('Combat area; region: the point stands for the region');
    expect(content.claims[0]).toEqual({
      id: 'report-killed',
      short: '>100',
      words: 'Killed: more than 100 killed',
      by: "South Korea's NIS, 23 Dec 2024",
    });
    expect(content.claims).toHaveLength(4);
    expect(content.moreClaims).toBe(place('kursk-oblast').claims.length - 4);
    expect(content.sources).toContain('Claims: Euromaidan Press');
    expect(content.sources[0]).toBe(
      'Location: Wikipedia via Internet-in-a-Box (offline copy, October 2023)',
    );
    expect(content.hint).toMatch(/Click to select/);
  });

  it('says the plant’s identification is inferred, and lists what was claimed about it', () => {
    const content = placeTooltip(place('february-11-plant'));
    expect(content.lines[0]).toMatch(/Identification inferred/);
    expect(content.claims.map((c) => [c.words, c.by])).toEqual([
      [
        'New assembly building: between 60 and 70 percent of the size of the existing assembly building',
        'James Martin Center for Nonproliferation Studies (CNS), 25 Nov 2024',
      ],
    ]);
  });

  it('gives a strike site its dates', () => {
    expect(placeTooltip(place('kharkiv')).lines).toContain(
      'Strikes with North Korean missiles: 2 Jan, 6 Jan and 7 Feb 2024.',
    );
  });

  it('works on the fixture’s one place', () => {
    const [front] = mapPlaces(fixtureDataset());
    if (!front) throw new Error('no place');
    const content = placeTooltip(front);
    expect(content.claims.map((c) => c.words)).toEqual(['Killed: more than 100 killed']);
    expect(content.claims[0]?.by).toBe('Spy Agency, 23 Dec 2024');
  });
});

describe('flowTooltip', () => {
  it('names the claim of the arc and says its width is the same as the others', () => {
    const content = flowTooltip(flow('munitions-crossing'));
    expect(content.title).toBe('Munitions and missiles: Tumangang station → Khasan station');
    expect(content.claims.map((c) => c.id)).toEqual(['report-railcars-tripled']);
    expect(content.claims[0]?.by).toBe('The Wall Street Journal, 23 Dec 2024');
    expect(content.lines).toContain(
      'Width: the same as the other arcs; no other arc counts the same thing.',
    );
    expect(content.lines[0]).toMatch(/Tumangang–Khasan rail crossing/);
  });

  it('says when an arc has no claimed figure, that its route is not sourced, and when it fades', () => {
    const row = FLOWS.find((r) => r.id === 'munitions-khasan-onward')!;
    const [bare] = mapFlows(published, places, undefined, [{ ...row, claim: undefined }]);
    const content = flowTooltip(bare!);
    expect(content.claims).toEqual([]);
    expect(content.lines).toContain('No claimed figure for this arc: drawn at the base width.');
    expect(content.hint).toBeUndefined();
    expect(content.lines[0]).toMatch(/Drawn for orientation/);
    expect(flowTooltip({ ...bare!, known: false }).lines).toContain(notYetOnRecord());
  });
});

describe('tooltipPosition', () => {
  const size = { width: 800, height: 400 };
  const box = { width: 300, height: 200 };

  it('sits right of and below the pointer where there is room', () => {
    expect(tooltipPosition(100, 50, box, size)).toEqual({ left: 114, top: 64 });
  });

  it('flips left and above near the far edges', () => {
    expect(tooltipPosition(700, 350, box, size)).toEqual({ left: 386, top: 136 });
  });

  it('stays inside the map when neither side has room', () => {
    expect(tooltipPosition(400, 200, { width: 300, height: 380 }, size)).toEqual({
      left: 414,
      top: 4,
    });
  });
});
