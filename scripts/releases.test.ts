import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonical } from '../src/dataset/releases';
import {
  alteredReleases,
  changelogMarkdown,
  changesJson,
  DATA_DIR,
  makeRelease,
  missingReleasedClaims,
  readReleases,
  ReleaseRefused,
  releaseHistory,
} from './release-files';

const releases = readReleases();

/** A copy of data/ to make releases in, so the real one is never touched. */
function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'releases-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}
type Json = { claims: Record<string, unknown>[]; updated: string };
const editDataset = (dir: string, edit: (d: Json) => void) => {
  const path = join(dir, 'dataset.json');
  const dataset = JSON.parse(readFileSync(path, 'utf8'));
  edit(dataset);
  writeFileSync(path, `${JSON.stringify(dataset, null, 2)}\n`);
};

describe('the releases of the dataset', () => {
  it('are kept as they were published, byte for byte', () => {
    expect(releases.map((r) => r.id)).toEqual(['2025-09-02', '2026-12-02', '2026-12-04']);
    expect(alteredReleases()).toEqual([]);
  });

  it('begin with the version 1 file published before version 2, unchanged', () => {
    expect(JSON.parse(releases[0]!.text).schemaVersion).toBe(1);
    expect(releases[0]!.dataset.claims).toHaveLength(77);
  });

  it('end with the dataset the site publishes', () => {
    const published = JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8'));
    expect(canonical(published)).toEqual(canonical(JSON.parse(releases.at(-1)!.text)));
  });

  it('have their changes and changelog generated, never written by hand', () => {
    const history = releaseHistory(releases);
    expect(readFileSync(join(DATA_DIR, 'changes.json'), 'utf8')).toBe(changesJson(history));
    expect(readFileSync(join(DATA_DIR, 'CHANGELOG.md'), 'utf8')).toBe(
      changelogMarkdown(history, releases),
    );
  });

  it('say what the second release added, among them the claims dated to a month or a year', () => {
    const second = releaseHistory(releases).releases[1]!;
    expect(second.previous).toBe('2025-09-02');
    expect(second.added).toEqual(
      expect.arrayContaining([
        'guseinova-2025-value',
        'rusi-2024-03-barrels',
        '38north-2022-11-train',
      ]),
    );
    expect(second.added).toHaveLength(33);
    expect(second.removed).toEqual([]);
    const corrected = second.changed.find((c) => c.id === 'nis-2025-03-31-casualties')!;
    expect(corrected.fields.map((f) => f.field)).toEqual(['claimedBy', 'claimedOn', 'corrections']);
  });

  it('say that the third release named claimants, places and measures, and changed no claim', () => {
    const third = releaseHistory(releases).releases[2]!;
    expect(third).toMatchObject({ previous: '2026-12-02', added: [], changed: [], removed: [] });
    expect(third.namesChanged).toBe(27 + 12 + 41 + 50);
    expect(releaseHistory(releases).releases[1]!.namesChanged).toBe(0);
  });

  it('count a name changed in one language as a change of names', () => {
    const [first, second, third] = releases;
    const dataset = structuredClone(third!.dataset);
    dataset.places[0]!.names = { ...dataset.places[0]!.names, ko: '함흥' };
    const fourth = releaseHistory([
      first!,
      second!,
      third!,
      { id: '2026-12-09', file: '', text: '', dataset },
    ]).releases[3]!;
    expect(fourth.namesChanged).toBe(1);
  });

  it('refuse a dataset that drops a released claim', () => {
    const dataset = releases.at(-1)!.dataset;
    expect(missingReleasedClaims(dataset)).toEqual([]);
    expect(missingReleasedClaims({ ...dataset, claims: dataset.claims.slice(1) })).toEqual([
      dataset.claims[0]!.id,
    ]);
  });
});

describe('npm run data:release', () => {
  it('refuses when nothing changed', () => {
    expect(() => makeRelease(scratch())).toThrow(/nothing changed since release 2026-12-04/);
  });

  it('refuses an invalid dataset', () => {
    const dir = scratch();
    editDataset(dir, (d) => (d.claims[0]!.qualifier = 'roughly'));
    expect(() => makeRelease(dir)).toThrow(ReleaseRefused);
    expect(() => makeRelease(dir)).toThrow(/not valid .*claims\[0\]\.qualifier/);
  });

  it('refuses a release that is not dated after the latest one', () => {
    const dir = scratch();
    editDataset(dir, (d) => (d.claims[0]!.note = 'Changed.'));
    expect(() => makeRelease(dir)).toThrow(/not after the latest release \(2026-12-04\)/);
  });

  it('refuses to remove a released claim', () => {
    const dir = scratch();
    editDataset(dir, (d) => {
      d.claims = d.claims.filter((c) => c.id !== 'pentagon-2024-10-earlier');
      d.updated = '2026-12-09';
    });
    expect(() => makeRelease(dir)).toThrow(/never removed/);
  });

  it('refuses when a released file was altered', () => {
    const dir = scratch();
    const path = join(dir, 'releases', '2025-09-02.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"about"', '"exact"'));
    editDataset(dir, (d) => (d.updated = '2026-12-09'));
    expect(() => makeRelease(dir)).toThrow(/2025-09-02\.json/);
  });

  it('keeps a new release with its fingerprint and writes what changed', () => {
    const dir = scratch();
    editDataset(dir, (d) => {
      d.updated = '2026-12-09';
      d.claims[0]!.retracted = { date: '2026-12', reason: 'Withdrawn by the outlet.' };
    });
    const { id, history } = makeRelease(dir);
    expect(id).toBe('2026-12-09');
    expect(alteredReleases(dir)).toEqual([]);
    expect(readReleases(dir).map((r) => r.id)).toEqual([
      '2025-09-02',
      '2026-12-02',
      '2026-12-04',
      '2026-12-09',
    ]);
    expect(history.releases.at(-1)!.retracted.map((r) => r.id)).toEqual([
      'report-troops-in-combat',
    ]);
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain('## Release 2026-12-09');
    expect(() => makeRelease(dir)).toThrow(/nothing changed/);
  });
});
