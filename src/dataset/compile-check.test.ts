import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { compileCheck } from './compile-check';
import { MALFORMED_CASES } from './malformed-corpus';
import { DatasetSchema } from './schema';

const quick = compileCheck(DatasetSchema);
const full = (value: unknown) => DatasetSchema.safeParse(value).success;

type Loose = Record<string, Record<string, unknown>[]>;

describe('compileCheck', () => {
  it('accepts the published dataset and the fixture', () => {
    expect(quick(JSON.parse(readFileSync('data/dataset.json', 'utf8')))).toBe(true);
    expect(quick(fixtureDataset())).toBe(true);
  });

  it('agrees with the schema on every malformed case that is JSON', () => {
    let compared = 0;
    for (const { name, text } of MALFORMED_CASES) {
      let value: unknown;
      try {
        value = JSON.parse(text(fixtureDataset()));
      } catch {
        continue;
      }
      compared++;
      expect(quick(value), name).toBe(full(value));
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('agrees with the schema when any field of any record is replaced, added or removed', () => {
    const base = fixtureDataset() as unknown as Loose;
    const collections = ['sources', 'claimants', 'claims', 'places', 'events'] as const;
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('add' as const), key: fc.string({ maxLength: 8 }) }),
      fc.record({ kind: fc.constant('remove' as const) }),
    );
    // Values near the edges of what the schema allows: the cases a hand-written check gets wrong.
    const nearMiss = fc.constantFrom(
      '',
      ' ',
      '\u00a0',
      'a',
      'A',
      'a--b',
      '-a',
      '2024-02-29',
      '2023-02-29',
      '2024-13-01',
      '2024-1-01',
      '2024',
      '2024-06',
      'https://example.org/x',
      'ftp://example.org/x',
      'http://',
      'exact',
      'between',
      'high',
      'city',
      -1,
      0,
      -0,
      90,
      90.5,
      -180,
      180.01,
      1,
      2,
      [],
      ['a'],
      ['A'],
      {},
      { from: '2024' },
      { from: '2024', to: 'x' },
      null,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(),
        fc.nat(),
        fc.oneof(edit, fc.record({ kind: fc.constant('replace' as const), value: nearMiss })),
        (collection, index, field, change) => {
          const copy = structuredClone(base);
          const item = copy[collection]![index % copy[collection]!.length]!;
          const keys = Object.keys(item);
          const key = keys[field % keys.length]!;
          if (change.kind === 'replace') item[key] = change.value;
          else if (change.kind === 'add') item[change.key] = 1;
          else delete item[key];
          expect(quick(copy)).toBe(full(copy));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with the schema on any JSON value at the top level', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(quick(value)).toBe(full(value));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses to compile what it cannot check, instead of letting it pass', () => {
    expect(() => compileCheck(z.tuple([z.string(), z.number()]))).toThrow(/tuple/);
    expect(() => compileCheck(z.object({ a: z.string() }))).toThrow(/fields it does not name/);
    expect(() => compileCheck(z.string().check(z.email()))).toThrow(/email/);
    expect(() => compileCheck(z.array(z.string()).check(z.minLength(1)))).toThrow(/min_length/);
  });

  it('checks a union as any of its options', () => {
    const check = compileCheck(
      z.union([z.string().check(z.regex(/\{n\}/)), z.strictObject({ other: z.string() })]),
    );
    expect(check('{n} загиблих')).toBe(true);
    expect(check({ other: '{n}' })).toBe(true);
    expect(check('загиблих')).toBe(false);
    expect(check({ one: '{n}' })).toBe(false);
    expect(check(3)).toBe(false);
  });

  it('checks what it compiles', () => {
    const check = compileCheck(
      z.strictObject({
        n: z.number().check(z.gte(1), z.lt(3)),
        s: z.optional(z.string().check(z.regex(/^x+$/))),
        e: z.enum(['a', 'b']),
        l: z.literal(2),
        list: z.array(z.string().check(z.refine((v) => v !== 'no'))),
      }),
    );
    const ok = { n: 1, e: 'a', l: 2, list: [] };
    expect(check(ok)).toBe(true);
    expect(check({ ...ok, n: 3 })).toBe(false);
    expect(check({ ...ok, n: 0.5 })).toBe(false);
    expect(check({ ...ok, n: Number.NaN })).toBe(false);
    expect(check({ ...ok, s: 'xx' })).toBe(true);
    expect(check({ ...ok, s: 'xy' })).toBe(false);
    expect(check({ ...ok, e: 'c' })).toBe(false);
    expect(check({ ...ok, l: 1 })).toBe(false);
    expect(check({ ...ok, list: ['yes', 'no'] })).toBe(false);
    expect(check({ ...ok, extra: 1 })).toBe(false);
    expect(check([ok])).toBe(false);
  });
});
