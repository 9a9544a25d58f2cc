import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { claimHistory, diffReleases } from './releases';

const first = () => ({ id: '2025-01-13', dataset: fixtureDataset() });

describe('diffReleases', () => {
  it('calls every claim of a first release added', () => {
    const changes = diffReleases('2025-01-13', null, fixtureDataset());
    expect(changes.previous).toBeNull();
    expect(changes.added).toEqual(fixtureDataset().claims.map((c) => c.id));
    expect(changes.changed).toEqual([]);
  });

  it('lists claims added, changed field by field, withdrawn and removed', () => {
    const next = fixtureDataset();
    next.claims[0]!.value = 150;
    delete next.claims[0]!.place;
    next.claims[1]!.note = 'A new note.';
    next.claims[2]!.retracted = { date: '2025-02', reason: 'Withdrawn.' };
    next.claims.splice(3, 1);
    next.claims.push({ ...next.claims[0]!, id: 'new-claim' });
    const changes = diffReleases('2025-03-01', first(), next);
    expect(changes.added).toEqual(['new-claim']);
    expect(changes.changed).toEqual([
      {
        id: 'report-killed',
        fields: [
          { field: 'place', from: 'front' },
          { field: 'value', from: 100, to: 150 },
        ],
      },
      { id: 'report-value', fields: [{ field: 'note', to: 'A new note.' }] },
    ]);
    expect(changes.retracted).toEqual([
      { id: 'agency-killed-later', date: '2025-02', reason: 'Withdrawn.' },
    ]);
    expect(changes.removed).toEqual(['president-kw']);
  });

  it('does not count the order of fields or a version number as a change', () => {
    const next = fixtureDataset();
    next.claims[0] = Object.fromEntries(Object.entries(next.claims[0]!).reverse()) as never;
    const changes = diffReleases('2025-03-01', first(), next);
    expect(changes.changed).toEqual([]);
    expect(changes.added).toEqual([]);
  });

  it('gives a claim its history: the release it first appeared in and those that changed it', () => {
    const second = fixtureDataset();
    second.claims[0]!.value = 150;
    const history = {
      releases: [
        diffReleases('2025-01-13', null, fixtureDataset()),
        diffReleases('2025-03-01', first(), second),
      ],
    };
    expect(claimHistory(history, 'report-killed')).toEqual({
      firstReleased: '2025-01-13',
      changedIn: [{ id: '2025-03-01', fields: [{ field: 'value', from: 100, to: 150 }] }],
      retractedIn: undefined,
    });
    expect(claimHistory(history, 'no-such-claim').firstReleased).toBeUndefined();
  });
});
