import type { Dataset } from '../../dataset/schema';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { claimDate } from '../../dataset/dates';
import { visibleDataset } from '../../dataset/visible';
import { dateToTime, placeDate, timeToDate } from '../../lib/time-scale';
import {
  CASUALTY_MEASURE_IDS,
  CASUALTY_MEASURES,
  casualtyAxes,
  casualtyRows,
  casualtySeries,
} from './casualty-rows';

const claimOf = (dataset: Dataset, id: string) => dataset.claims.find((c) => c.id === id)!;

/** Every row draws a claim's own figure: nothing computed, nothing rounded. */
function expectOnlyClaimValues(dataset: Dataset) {
  for (const measure of CASUALTY_MEASURE_IDS)
    for (const row of casualtyRows(dataset, measure)) {
      const claim = claimOf(dataset, row.claimId);
      expect(CASUALTY_MEASURES[measure].metrics).toContain(claim.metric);
      expect(row.value).toBe(claim.value);
      expect(row.low).toBe(claim.qualifier === 'between' ? claim.low : undefined);
      expect(row.qualifier).toBe(claim.qualifier);
      const { date, bound } = claimDate(claim);
      expect({ time: row.time, span: row.span, before: row.before }).toEqual({
        span: undefined,
        before: undefined,
        ...placeDate(date, bound),
      });
    }
}

describe('casualtyRows with the fixture', () => {
  const fixture = fixtureDataset();

  it('draws each killed claim as its own mark, at the date it was made', () => {
    const rows = casualtyRows(fixture, 'killed');
    expect(rows.map((r) => [r.claimId, r.value, r.short])).toEqual([
      ['report-killed', 100, '>100'],
      ['agency-killed-later', 300, '≈300'],
    ]);
    expect(rows[0]!.inReport).toBe(true);
    expect(rows[1]!.inReport).toBe(false);
  });

  it('keeps killed-or-wounded apart from killed', () => {
    expect(casualtyRows(fixture, 'killed-or-wounded').map((r) => r.claimId)).toEqual([
      'president-kw',
    ]);
  });

  it('draws nothing that is not a claim', () => expectOnlyClaimValues(fixture));
});

describe('casualtyRows with the published dataset', () => {
  const real = publishedDataset();

  it('holds NIS’s about 300 killed and Zelensky’s 4,000 killed or wounded as separate claims', () => {
    const killed = casualtyRows(real, 'killed').find((r) => r.claimId === 'nis-2025-01-13-killed');
    expect(killed).toMatchObject({
      value: 300,
      qualifier: 'about',
      seriesLabel: "South Korea's NIS",
    });
    expect(killed!.time).toBe(dateToTime('2025-01-13'));
    const kw = casualtyRows(real, 'killed-or-wounded').find(
      (r) => r.claimId === 'zelensky-2025-01-09',
    );
    expect(kw).toMatchObject({
      value: 4000,
      qualifier: 'exact',
      seriesLabel: 'President Zelensky',
    });
    expect(kw!.time).toBe(dateToTime('2025-01-09'));
  });

  it('sets claims of the same day side by side, never on one spot', () => {
    const rows = casualtyRows(real, 'killed-or-wounded').filter(
      (r) => timeToDate(r.time) === '2024-12-23',
    );
    expect(rows.map((r) => r.claimId).sort()).toEqual(['jcs-2024-12-23', 'zelensky-2024-12-23']);
    expect(rows[0]!.slot).not.toBe(rows[1]!.slot);
    expect(rows[0]!.slots).toBe(rows[1]!.slots);
  });

  it('marks the report’s claims', () => {
    const marked = CASUALTY_MEASURE_IDS.flatMap((m) => casualtyRows(real, m))
      .filter((r) => r.inReport)
      .map((r) => r.claimId)
      .sort();
    expect(marked).toEqual(['report-injured', 'report-killed', 'report-troops-in-combat']);
  });

  it('keeps the Pentagon’s 11,000 to 12,000 as a range', () => {
    const row = casualtyRows(real, 'troops-deployed').find(
      (r) => r.claimId === 'pentagon-2024-11-04-russia',
    );
    expect(row).toMatchObject({ qualifier: 'between', low: 11000, value: 12000 });
  });

  it('gives each claimant one style across measures, distinct from the others', () => {
    const styles = casualtySeries(real);
    const keys = [...styles.values()].map((s) => `${s.colour}/${s.shape}`);
    expect(new Set(keys).size).toBe(styles.size);
    const nis = styles.get('nis');
    for (const metric of CASUALTY_MEASURE_IDS)
      for (const row of casualtyRows(real, metric).filter(
        (r) => r.seriesLabel === "South Korea's NIS",
      ))
        expect(row.series).toEqual(nis);
  });

  it("fits the time axis to the measure's own claims, with room above open-ended claims", () => {
    const rows = casualtyRows(real, 'killed-or-wounded');
    const claims = rows.map((r) => claimOf(real, r.claimId));
    const axes = casualtyAxes(rows, claims);
    const starts = rows.map((r) => r.span?.[0] ?? r.time);
    const ends = rows.map((r) => r.span?.[1] ?? r.time);
    expect(axes.timeDomain[0]).toBeLessThanOrEqual(Math.min(...starts));
    expect(axes.timeDomain[1]).toBeGreaterThanOrEqual(Math.max(...ends));
    // No more than the pad of 12 days either side.
    expect(Math.min(...starts) - axes.timeDomain[0]).toBeLessThanOrEqual(12 * 86_400_000);
    expect(axes.timeDomain[1] - Math.max(...ends)).toBeLessThanOrEqual(12 * 86_400_000);
    expect(axes.valueTop).toBeGreaterThan(4700);
    expect(axes.valueTicks[0]).toBe(0);
    for (const t of axes.timeTicks) {
      expect(t).toBeGreaterThanOrEqual(axes.timeDomain[0]);
      expect(t).toBeLessThanOrEqual(axes.timeDomain[1]);
    }
  });

  it('spans at least four months, so a measure of few claims is not drawn as a point', () => {
    const rows = casualtyRows(real, 'killed-or-wounded').slice(0, 1);
    const axes = casualtyAxes(
      rows,
      rows.map((r) => claimOf(real, r.claimId)),
    );
    expect(axes.timeDomain[1] - axes.timeDomain[0]).toBeGreaterThanOrEqual(4 * 30 * 86_400_000);
    expect(axes.timeTicks.length).toBeGreaterThanOrEqual(3);
  });

  it("keeps each claimant's colour and shape when the view hides claims", () => {
    const full = new Map(casualtyRows(real, 'killed').map((r) => [r.claimId, r.series]));
    const shown = visibleDataset(real, {
      asOf: '2025-01-31',
      minConfidence: 'low',
      retracted: 'omit',
    });
    const rows = casualtyRows(shown, 'killed');
    expect(rows.length).toBeLessThan(full.size);
    for (const row of rows) expect(row.series).toEqual(full.get(row.claimId));
  });

  it('ends the time axis at the "known as of" date', () => {
    const asOf = '2025-01-31';
    const shown = visibleDataset(real, { asOf, minConfidence: 'low', retracted: 'omit' });
    const rows = casualtyRows(shown, 'killed');
    const axes = casualtyAxes(
      rows,
      rows.map((r) => claimOf(shown, r.claimId)),
      asOf,
    );
    const end = dateToTime('2025-02-01');
    expect(rows.length).toBeGreaterThan(0);
    expect(axes.timeDomain[1]).toBeGreaterThanOrEqual(end);
    expect(axes.timeDomain[1]).toBeLessThan(dateToTime('2025-02-28'));
    expect(Math.max(...rows.map((r) => r.span?.[1] ?? r.time))).toBeLessThanOrEqual(end);
  });

  it('draws nothing that is not a claim', () => expectOnlyClaimValues(real));

  it('draws a claim dated to the year across the year, and one made "on or before" reaching back', () => {
    const troops = casualtyRows(real, 'troops-deployed');
    const study = troops.find((r) => r.claimId === 'guseinova-2025-personnel')!;
    expect(study.span).toEqual([dateToTime('2025-01-01'), dateToTime('2026-01-01')]);
    expect(timeToDate(study.time)).toBe('2025-07-02');
    const day = troops.find((r) => r.claimId === 'nis-2025-04-30-deployed')!;
    expect(day.span).toBeUndefined();
    expect(timeToDate(day.time)).toBe('2025-04-30');
    const own = casualtyRows(real, 'killed-or-wounded').find(
      (r) => r.claimId === 'dprk-own-casualties',
    )!;
    expect(own.before).toBe(true);
    expect(timeToDate(own.time)).toBe('2025-09-02');
  });

  it('gives workers, deminers and expected reinforcements a measure of their own', () => {
    expect(casualtyRows(real, 'workers').map((r) => r.short)).toEqual([
      '≈15,000',
      '1,000',
      '5,000',
    ]);
    const expected = casualtyRows(real, 'reinforcements').find(
      (r) => r.claimId === 'ua-intelligence-2025-07-02-more',
    )!;
    expect([expected.low, expected.value, expected.short]).toEqual([
      25_000,
      30_000,
      '25,000–30,000',
    ]);
  });
});

describe('casualtySeries on many claimants', () => {
  it('styles claimants in the order of their first claim on any measure, by date then name', () => {
    const base = fixtureDataset();
    const claimants = Array.from({ length: 20 }, (_, i) => ({
      id: `claimant-${String.fromCharCode(97 + ((i * 7) % 20))}`,
      name: `Claimant ${i}`,
      kind: 'government',
    }));
    // A fixed pseudo-random scramble of claimants, days and measures.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const claims = Array.from({ length: 300 }, (_, i) => ({
      ...base.claims[0]!,
      id: `claim-${i}`,
      metric: CASUALTY_MEASURE_IDS[next(CASUALTY_MEASURE_IDS.length)]!,
      claimant: claimants[next(claimants.length)]!.id,
      claimedOn: `2024-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
    }));
    const dataset = { ...base, claimants: [...base.claimants, ...claimants], claims };
    const merged = [...claims].sort(
      (a, b) =>
        a.claimedOn.localeCompare(b.claimedOn) ||
        (a.claimant < b.claimant ? -1 : a.claimant > b.claimant ? 1 : 0),
    );
    const expected = [...new Set(merged.map((c) => c.claimant))];
    expect([...casualtySeries(dataset).keys()]).toEqual(expected);
  });
});
