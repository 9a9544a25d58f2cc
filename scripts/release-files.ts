/**
 * The dataset's releases on disk: data/releases/<id>.json, each kept byte for byte as it was
 * published and fingerprinted in data/releases/SHA256SUMS, and the files generated from them,
 * data/changes.json and data/CHANGELOG.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDatasetText } from '../src/dataset/parse.ts';
import type { Dataset } from '../src/dataset/schema.ts';
import { canonical, diffReleases, type ReleaseHistory } from '../src/dataset/releases.ts';
import { attribute, lookup } from '../src/dataset/lookup.ts';
import { formatClaimDate, formatDate, formatFigure } from '../src/lib/format.ts';
import { metricLabel } from '../src/lib/metrics.ts';

export const DATA_DIR = resolve(import.meta.dirname, '../data');
export const releasesDir = (dataDir = DATA_DIR) => join(dataDir, 'releases');
const SUMS = 'SHA256SUMS';
const RELEASE_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** One release as published: its id (the day it was published), its file's text, its dataset. */
export interface Release {
  id: string;
  file: string;
  text: string;
  dataset: Dataset;
}

/** The fingerprints of the released files, as `sha256sum -c` reads them. */
export function readSums(dataDir = DATA_DIR): Map<string, string> {
  const path = join(releasesDir(dataDir), SUMS);
  if (!existsSync(path)) return new Map();
  return new Map(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [hash = '', file = ''] = line.split(/\s+\*?/);
        return [file, hash] as const;
      }),
  );
}

export const sumsText = (sums: ReadonlyMap<string, string>) =>
  [...sums].map(([file, hash]) => `${hash}  ${file}\n`).join('');

/** Every release, oldest first, each checked against the schema of its version. */
export function readReleases(dataDir = DATA_DIR): Release[] {
  const dir = releasesDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => RELEASE_FILE.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const result = parseDatasetText(text);
      if (!result.ok)
        throw new Error(
          `data/releases/${file} is not valid: ${result.problems[0]?.path}: ${result.problems[0]?.message}`,
        );
      return { id: RELEASE_FILE.exec(file)![1]!, file, text, dataset: result.dataset };
    });
}

/** What each release changed against the one before it: the content of data/changes.json. */
export function releaseHistory(releases: readonly Release[]): ReleaseHistory {
  return {
    releases: releases.map((release, i) => {
      const previous = releases[i - 1];
      return diffReleases(
        release.id,
        previous ? { id: previous.id, dataset: previous.dataset } : null,
        release.dataset,
      );
    }),
  };
}

export const changesJson = (history: ReleaseHistory) => `${JSON.stringify(history, null, 2)}\n`;

/** A claim in words with who claimed it and when: "about 2,000 killed (South Korea's NIS, 2 September 2025)". */
function claimLine(dataset: Dataset, id: string): string {
  const claim = lookup(dataset).claims.get(id);
  if (claim === undefined) return `\`${id}\``;
  const { claimant } = attribute(dataset, claim);
  return `${metricLabel(dataset, claim.metric)}: ${formatFigure(claim)} (${claimant.name}, ${formatClaimDate(claim)}) \`${id}\``;
}

const valueText = (value: unknown) =>
  value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value);

/** data/CHANGELOG.md: every release, newest first, with what it added, changed and withdrew. */
export function changelogMarkdown(history: ReleaseHistory, releases: readonly Release[]): string {
  const byId = new Map(releases.map((r) => [r.id, r.dataset]));
  const lines = [
    '# What changed in the dataset',
    '',
    'Generated from the releases in `releases/` by `npm run data:release`; do not edit by hand.',
    'Each release is kept as it was published, at `releases/<id>.json`.',
  ];
  for (const release of [...history.releases].reverse()) {
    const dataset = byId.get(release.id)!;
    const previous = release.previous ? byId.get(release.previous) : undefined;
    lines.push('', `## Release ${release.id} (${formatDate(release.id)})`, '');
    lines.push(
      release.previous === null
        ? `The first release: ${release.claims} claims.`
        : `${release.claims} claims: ${release.added.length} added, ${release.changed.length} changed, ${release.retracted.length} withdrawn, ${release.removed.length} removed since release ${release.previous}; ${release.sourcesAdded} sources and ${release.eventsAdded} events added${release.namesChanged > 0 ? `; names in Ukrainian and Korean new or changed for ${release.namesChanged} claimants, places, measures and units` : ''}.`,
    );
    if (release.previous === null) continue;
    if (release.added.length > 0) {
      lines.push('', '### Added', '');
      for (const id of release.added) lines.push(`- ${claimLine(dataset, id)}`);
    }
    if (release.changed.length > 0) {
      lines.push('', '### Changed', '');
      for (const { id, fields } of release.changed) {
        lines.push(`- ${claimLine(dataset, id)}`);
        for (const f of fields)
          lines.push(`  - \`${f.field}\`: ${valueText(f.from)} → ${valueText(f.to)}`);
      }
    }
    if (release.retracted.length > 0) {
      lines.push('', '### Withdrawn', '');
      for (const r of release.retracted)
        lines.push(`- ${claimLine(dataset, r.id)}: withdrawn ${r.date}. ${r.reason}`);
    }
    if (release.removed.length > 0 && previous) {
      lines.push('', '### Removed', '');
      for (const id of release.removed) lines.push(`- ${claimLine(previous, id)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Why a release was not made; nothing was written. */
export class ReleaseRefused extends Error {}

/** Released files whose bytes no longer match their fingerprint, or that have none. */
export function alteredReleases(dataDir = DATA_DIR): string[] {
  const sums = readSums(dataDir);
  const dir = releasesDir(dataDir);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => RELEASE_FILE.test(f)) : [];
  return [
    ...files.filter((file) => sums.get(file) !== sha256(readFileSync(join(dir, file)))),
    ...[...sums.keys()].filter((file) => !files.includes(file)),
  ].sort();
}

/** Writes data/changes.json and data/CHANGELOG.md from the releases. */
export function writeGeneratedFiles(dataDir = DATA_DIR) {
  const releases = readReleases(dataDir);
  const history = releaseHistory(releases);
  writeFileSync(join(dataDir, 'changes.json'), changesJson(history));
  writeFileSync(join(dataDir, 'CHANGELOG.md'), changelogMarkdown(history, releases));
  return history;
}

/**
 * Makes a release of data/dataset.json: checked, compared with the latest release, kept as
 * data/releases/<updated>.json with its fingerprint, and the changes written out. Refuses, and
 * writes nothing, when the dataset is invalid, unchanged, removes a released claim, has no new
 * date, or when a released file was altered.
 */
export function makeRelease(dataDir = DATA_DIR): { id: string; history: ReleaseHistory } {
  const text = readFileSync(join(dataDir, 'dataset.json'), 'utf8');
  const result = parseDatasetText(text);
  if (!result.ok)
    throw new ReleaseRefused(
      `data/dataset.json is not valid (${result.problems.length} problems; the first: ${result.problems[0]?.path}: ${result.problems[0]?.message}). Run npm run validate:data.`,
    );
  const altered = alteredReleases(dataDir);
  if (altered.length > 0)
    throw new ReleaseRefused(
      `released files were changed after publication: ${altered.join(', ')}. Restore them; a release is never edited.`,
    );
  const releases = readReleases(dataDir);
  const latest = releases.at(-1);
  const dataset = result.dataset;
  if (latest && JSON.stringify(canonical(dataset)) === JSON.stringify(canonical(latest.dataset)))
    throw new ReleaseRefused(`nothing changed since release ${latest.id}.`);
  const id = dataset.updated;
  if (latest && id <= latest.id)
    throw new ReleaseRefused(
      `the dataset's "updated" is ${id}, not after the latest release (${latest.id}). Set it to the day of this release.`,
    );
  const changes = diffReleases(
    id,
    latest ? { id: latest.id, dataset: latest.dataset } : null,
    dataset,
  );
  if (changes.removed.length > 0)
    throw new ReleaseRefused(
      `claims of release ${latest?.id} are missing: ${changes.removed.join(', ')}. A published claim is withdrawn ("retracted"), never removed.`,
    );
  const file = `${id}.json`;
  writeFileSync(join(releasesDir(dataDir), file), text);
  const sums = readSums(dataDir);
  sums.set(file, sha256(text));
  writeFileSync(join(releasesDir(dataDir), SUMS), sumsText(sums));
  return { id, history: writeGeneratedFiles(dataDir) };
}

/** Claims of the latest release that a dataset no longer holds: a published claim is never removed. */
export function missingReleasedClaims(dataset: Dataset, dataDir = DATA_DIR): string[] {
  const latest = readReleases(dataDir).at(-1);
  if (latest === undefined) return [];
  const held = new Set(dataset.claims.map((c) => c.id));
  return latest.dataset.claims.map((c) => c.id).filter((id) => !held.has(id));
}
