import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { positionOn, timelineView } from './timeline-rows';

describe('timelineView', () => {
  it('places the fixture’s event with its source', () => {
    const view = timelineView(fixtureDataset());
    expect(view.rows.map((r) => [r.id, r.source.publisher, r.isReport])).toEqual([
      ['report-out', 'Report Press', true],
    ]);
    expect(view.years.map((y) => y.label)).toEqual(['2024', '2025']);
  });

  it('has nothing to place without events', () => {
    expect(timelineView({ ...fixtureDataset(), events: [] }).rows).toEqual([]);
  });

  it('orders the published events by date, from the invasion to the confirmations', () => {
    const view = timelineView(publishedDataset());
    const ids = view.rows.map((r) => r.id);
    expect(ids[0]).toBe('invasion');
    for (const id of [
      'summit',
      'first-oil-tanker',
      'kn23-first-use',
      'troops-shipped',
      'report',
      'russia-confirms',
      'dprk-confirms',
    ])
      expect(ids).toContain(id);
    const dates = view.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    for (const row of view.rows) expect(row.source.url).toMatch(/^https?:\/\//);
  });

  it('draws an event known only to the month across the month, not on its first day', () => {
    const view = timelineView(publishedDataset());
    const month = view.rows.find((r) => r.id === 'kursk-retaken')!;
    expect(month.date).toBe('2025-03');
    expect(positionOn(view, '2025-03-01')).toBeCloseTo(month.position, 10);
    expect(month.position + month.width!).toBeCloseTo(positionOn(view, '2025-04-01')!, 10);
    expect(view.rows.find((r) => r.id === 'summit')!.width).toBeUndefined();
  });

  it('spreads events close in time over lanes, and places dates on the axis', () => {
    const view = timelineView(publishedDataset());
    const jan2024 = view.rows.filter((r) => r.date.startsWith('2024-01'));
    expect(new Set(jan2024.map((r) => r.lane)).size).toBeGreaterThan(1);
    expect(view.rows.every((r) => r.position >= 0 && r.position <= 1)).toBe(true);
    expect(positionOn(view, '2022-01-01')).toBe(0);
    expect(positionOn(view, '2030-01-01')).toBeUndefined();
  });
});
