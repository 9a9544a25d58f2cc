import type { Dataset } from '../../dataset/schema';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { dateToTime, timeToDate } from '../../lib/time-scale';
import { withRailcars } from './railcar-fixture';
import { railcarAxes, railcarClaimIds, railcarView } from './railcar-rows';

function expectOnlyClaimValues(dataset: Dataset) {
  const view = railcarView(dataset);
  for (const row of [...view.observations, ...view.baselines, ...view.multiples]) {
    const claim = dataset.claims.find((c) => c.id === row.claimId)!;
    expect(row.value).toBe(claim.value);
    expect(row.qualifier).toBe(claim.qualifier);
  }
}

describe('railcarView with the fixture', () => {
  it('has nothing to draw in a dataset without railcar claims', () => {
    const view = railcarView(fixtureDataset());
    expect(view.observations).toEqual([]);
    expect(view.baselines).toEqual([]);
    expect(view.multiples).toEqual([]);
  });

  it('places counts at the date of their imagery, not of publication', () => {
    const view = railcarView(withRailcars());
    expect(view.observations.map((r) => [r.claimId, timeToDate(r.time)])).toEqual([
      ['early', '2023-10-05'],
      ['sum', '2024-06-17'],
    ]);
  });

  it('draws the baseline as a span of years and the growth as its own claim', () => {
    const view = railcarView(withRailcars());
    expect(view.baselines).toHaveLength(1);
    expect(timeToDate(view.baselines[0]!.from)).toBe('2018-01-01');
    expect(timeToDate(view.baselines[0]!.to)).toBe('2023-09-30');
    expect(view.baselines[0]!.periodText).toBe('2018 to September 2023');
    expect(view.multiples.map((r) => r.claimId)).toEqual(['growth']);
    expect(view.summit?.date).toBe('2023-09-13');
  });

  it('keeps a derived count marked and its parts at hand', () => {
    const view = railcarView(withRailcars());
    expect(view.observations.find((r) => r.claimId === 'sum')!.derived).toBe(true);
    expect(view.breakdown.get('sum')!.map((c) => c.id)).toEqual(['part-a', 'part-b']);
  });

  it('draws nothing that is not a claim', () => expectOnlyClaimValues(withRailcars()));
});

describe('railcarView with the published dataset', () => {
  const real = publishedDataset();
  const view = railcarView(real);

  it('places the CSIS counts at their imagery dates', () => {
    const at = Object.fromEntries(view.observations.map((r) => [r.claimId, timeToDate(r.time)]));
    expect(at).toEqual({
      // Imagery of two days: drawn across both, the mark between them.
      '38north-2022-11-train': '2022-11-30',
      'csis-tumangang-2023-10-05': '2023-10-05',
      'csis-tumangang-2024-06-17': '2024-06-17',
      'csis-khasan-2024-06-17': '2024-06-17',
    });
  });

  it('holds about 73, about 255 (a sum) and about 150 at Khasan, as claimed', () => {
    const byId = Object.fromEntries(view.observations.map((r) => [r.claimId, r]));
    expect(byId['csis-tumangang-2023-10-05']).toMatchObject({
      value: 73,
      short: '≈73',
      derived: false,
    });
    expect(byId['csis-tumangang-2024-06-17']).toMatchObject({
      value: 255,
      derived: true,
      seriesLabel: 'Tumangang station',
    });
    expect(byId['csis-khasan-2024-06-17']).toMatchObject({
      value: 150,
      seriesLabel: 'Khasan station',
    });
    expect(byId['csis-tumangang-2024-06-17']!.series).not.toEqual(
      byId['csis-khasan-2024-06-17']!.series,
    );
  });

  it('sets the two counts of 17 June 2024 side by side', () => {
    const june = view.observations.filter((r) => timeToDate(r.time) === '2024-06-17');
    expect(june.map((r) => r.slot).sort()).toEqual([0, 1]);
  });

  it('draws the five-year baseline as a band up to about 20, not as a point', () => {
    expect(view.baselines.map((r) => [r.claimId, r.qualifier, r.value])).toEqual([
      ['csis-tumangang-baseline', 'up-to', 20],
    ]);
    expect(view.observations.some((r) => r.claimId === 'csis-tumangang-baseline')).toBe(false);
  });

  it('shows the WSJ’s tripling as its own claim, and the summit', () => {
    expect(view.multiples.map((r) => [r.claimId, r.short, r.inReport])).toEqual([
      ['report-railcars-tripled', '3×', true],
    ]);
    expect(view.summit?.id).toBe('summit');
  });

  it('lists the car types each derived count sums', () => {
    expect(view.breakdown.get('csis-khasan-2024-06-17')!.map((c) => c.metric)).toEqual([
      'railcars-ore',
      'railcars-box',
      'railcars-tank',
      'railcars-passenger',
    ]);
  });

  it('draws the imagery of a few days across those days, not as a baseline', () => {
    const train = view.observations.find((r) => r.claimId === '38north-2022-11-train')!;
    expect(train.span).toEqual([dateToTime('2022-11-29'), dateToTime('2022-12-01')]);
    expect(view.baselines.map((r) => r.claimId)).toEqual(['csis-tumangang-baseline']);
  });

  it('fits the time axis to the counts and the growth claim, not to the baseline years', () => {
    const axes = railcarAxes(view);
    const [from, to] = axes.timeDomain;
    // The first count is the 38 North train of 29 November 2022; the growth claim runs to the
    // report of 23 December 2024. A month and a half of room on either side.
    expect(from).toBeGreaterThan(dateToTime('2022-09-30'));
    expect(from).toBeLessThan(dateToTime('2022-11-29'));
    expect(to).toBeGreaterThan(dateToTime('2024-12-23'));
    expect(to).toBeLessThan(dateToTime('2025-03-01'));
    // The baseline starts in 2018, off the axis: it does not squeeze the counts to one side.
    expect(view.baselines[0]!.from).toBeLessThan(from);
    expect(axes.timeTicks.every((t) => t >= from && t <= to)).toBe(true);
    expect(axes.timeTicks.map((t) => new Date(t).getUTCMonth() % 6)).toEqual(
      axes.timeTicks.map(() => 0),
    );
    expect(axes.yearsOnly).toBe(false);
    expect(axes.valueTop).toBeGreaterThanOrEqual(255);
    expect(railcarClaimIds(view)).toHaveLength(6);
  });

  it('ends the axis at the "known as of" date, and runs over the baseline when it is all there is', () => {
    const atSummit = railcarAxes(view, '2023-09-13');
    expect(atSummit.timeDomain[1]).toBe(dateToTime('2023-09-14'));
    const baselineOnly = railcarAxes({ ...view, observations: [], multiples: [] });
    expect(baselineOnly.timeDomain[0]).toBeLessThan(dateToTime('2018-01-01'));
  });

  it('draws nothing that is not a claim', () => expectOnlyClaimValues(real));
});
