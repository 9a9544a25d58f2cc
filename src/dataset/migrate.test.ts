import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from './parse';
import { SCHEMA_VERSION } from './schema';

/** The dataset as published before version 2, kept as it was. */
const versionOne = readFileSync('data/releases/2025-09-02.json', 'utf8');

describe('reading a version 1 dataset', () => {
  it('is the file published before version 2, unchanged', () => {
    expect(JSON.parse(versionOne).schemaVersion).toBe(1);
  });

  it('migrates it to the current version, saying from which, and changes nothing else', () => {
    const result = parseDatasetText(versionOne);
    expect(result.ok ? undefined : result.problems).toBeUndefined();
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.dataset.schemaVersion).toBe(SCHEMA_VERSION);
    expect({ ...result.dataset, schemaVersion: 1 }).toEqual(JSON.parse(versionOne));
  });

  it('migrates a version 2 file, the release of 2 December 2026, without names in other languages', () => {
    const versionTwo = readFileSync('data/releases/2026-12-02.json', 'utf8');
    const result = parseDatasetText(versionTwo);
    expect(result.ok ? undefined : result.problems).toBeUndefined();
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect({ ...result.dataset, schemaVersion: 2 }).toEqual(JSON.parse(versionTwo));
    expect(result.dataset.measures).toBeUndefined();
  });

  it('does not call a current dataset migrated', () => {
    const result = parseDatasetText(readFileSync('data/dataset.json', 'utf8'));
    expect(result.ok && result.migratedFrom).toBe(undefined);
  });

  it('holds a version 1 file to the rules of version 1', () => {
    const file = JSON.parse(versionOne);
    file.claims[0].claimedOn = '2024-12';
    const result = parseDatasetText(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('claims[0].claimedOn');
  });
});
