import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { MALFORMED_CASES } from './malformed-corpus';
import { parseDatasetText } from './parse';
import { formatPath, validateDataset } from './validate';

const published = readFileSync('data/dataset.json', 'utf8');

describe('validateDataset', () => {
  it('accepts the published dataset', () => {
    const result = parseDatasetText(published);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts the fixture dataset', () => {
    expect(validateDataset(fixtureDataset()).ok).toBe(true);
  });

  it('has at least 40 malformed cases', () => {
    expect(MALFORMED_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(MALFORMED_CASES)('rejects $name at $path', ({ text, path, message }) => {
    const result = parseDatasetText(text(fixtureDataset()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, `problems were: ${JSON.stringify(result.problems)}`).toBeDefined();
    expect(problem?.message).toContain(message);
  });

  it('reports the problems of structure and of references in one pass, counted as listed', () => {
    const broken = fixtureDataset() as unknown as { claims: Record<string, unknown>[] };
    broken.claims[0]!.qualifier = 'roughly';
    broken.claims[1]!.claimedOn = '2024-02-30';
    broken.claims[2]!.claimant = 'nobody';
    const result = parseDatasetText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'claims[0].qualifier',
      'claims[1].claimedOn',
      'claims[2].claimant',
    ]);
  });

  it('lists every problem, not only the first', () => {
    const broken = fixtureDataset() as unknown as { claims: Record<string, unknown>[] };
    broken.claims[0]!.qualifier = 'roughly';
    broken.claims[2]!.value = -1;
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual([
        'claims[0].qualifier',
        'claims[2].value',
      ]);
  });

  it('never echoes a long string back in full', () => {
    const broken = fixtureDataset() as unknown as { claims: Record<string, unknown>[] };
    broken.claims[0]!.qualifier = 'x'.repeat(10_000);
    const result = validateDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message.length).toBeLessThan(200);
  });

  it('keeps markup in strings as plain text data', () => {
    const dataset = fixtureDataset();
    dataset.claims[0]!.note = '<img src=x onerror="alert(1)">';
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.claims[0]!.note).toBe('<img src=x onerror="alert(1)">');
  });
});

describe('formatPath', () => {
  it('writes paths the way a reader finds them in the file', () => {
    expect(formatPath(['claims', 3, 'qualifier'])).toBe('claims[3].qualifier');
    expect(formatPath([])).toBe('(top level)');
    expect(formatPath(['claims', 0, 'period', 'from'])).toBe('claims[0].period.from');
  });
});

describe('the loader never throws', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseDatasetText(text);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('on the fixture with any field replaced by any value', () => {
    const base = fixtureDataset() as unknown as Record<string, Record<string, unknown>[]>;
    const collections = ['sources', 'claimants', 'claims', 'places', 'events'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(),
        fc.string({ maxLength: 12 }),
        fc.jsonValue(),
        (collection, index, key, value) => {
          const copy = structuredClone(base);
          const items = copy[collection]!;
          const item = items[index % items.length]!;
          const keys = Object.keys(item);
          item[keys[index % keys.length] ?? key] = value;
          const result = validateDataset(copy);
          if (!result.ok) for (const p of result.problems) expect(p.path).not.toBe('');
        },
      ),
      { numRuns: 500 },
    );
  });
});
