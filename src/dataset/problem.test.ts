import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusProblems, said } from '../testing/corpus-problems';
import { choosePageLocale, tIn } from '../i18n/messages';
import { fixtureDataset } from '../testing/fixture';
import { checkDataUrl, readDatasetFile } from './custom';
import { DatasetFetchError, DatasetInvalidError } from './load';
import { errorText, phrase, problem } from './problem';
import { validateDataset } from './validate';

afterEach(async () => {
  await choosePageLocale('en');
});

describe('the words of a problem', () => {
  it('write its English message, for every problem of the corpus', () => {
    for (const [name, problems] of corpusProblems())
      for (const p of problems) {
        expect(p.id, `${name}: ${p.message}`).toMatch(/^problem\./);
        expect(said(p, 'en'), name).toBe(p.message);
      }
  });

  it('write the same English whatever language the page is in', async () => {
    const english = corpusProblems();
    await choosePageLocale('uk');
    expect(corpusProblems()).toEqual(english);
    await choosePageLocale('ko');
    expect(corpusProblems()).toEqual(english);
  });

  it('write the English of any broken dataset, and every problem has them', () => {
    const base = fixtureDataset() as unknown as Record<string, Record<string, unknown>[]>;
    const collections = ['sources', 'claimants', 'claims', 'places', 'events'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...collections),
        fc.nat(),
        fc.jsonValue(),
        fc.constantFrom(1, 2, 3, 4, '3', null),
        (collection, index, value, version) => {
          const copy = structuredClone(base) as Record<string, unknown>;
          copy.schemaVersion = version;
          const items = copy[collection] as Record<string, unknown>[];
          const item = items[index % items.length]!;
          const keys = Object.keys(item);
          item[keys[index % keys.length]!] = value;
          const result = validateDataset(copy);
          if (!result.ok)
            for (const p of result.problems) {
              expect(p.id, p.message).toBeDefined();
              expect(said(p, 'en')).toBe(p.message);
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('say a file too large to read in each language', async () => {
    const big = { size: 7.3 * 1024 * 1024, text: async () => '' } as unknown as Blob;
    const result = await readDatasetFile(big);
    if (result.ok) throw new Error('a file of 7.3 MB was read');
    const p = result.problems[0]!;
    expect(p.message).toBe('expected a file of at most 5 MB; this one is 7.3 MB');
    await choosePageLocale('uk');
    expect(said(p, 'uk')).toBe('очікується файл не більше 5 МБ; розмір цього — 7.3 МБ');
  });
});

describe('tIn', () => {
  it('says a message in the language asked for, whatever the page’s', async () => {
    await choosePageLocale('uk');
    expect(tIn('en', 'problem.file.empty')).toBe('the file is empty');
    expect(tIn('uk', 'problem.file.empty')).toBe('файл порожній');
  });

  it('says it in English where the language is not loaded', () => {
    // Korean may already be loaded by another test: a language never loaded is asked for instead.
    expect(tIn('xx' as 'ko', 'problem.missing')).toBe('the field is missing');
  });
});

describe('errors of loading a dataset', () => {
  const problems = (n: number) =>
    Array.from({ length: n }, () => problem('(file)', phrase('problem.file.empty')));

  it('keep their English as their message', () => {
    expect(new DatasetInvalidError(problems(1)).message).toBe(
      'The dataset is not valid: 1 problem found.',
    );
    expect(
      new DatasetFetchError(phrase('problem.fetch.notFound', { url: '/d.json' })).message,
    ).toBe('No dataset at /d.json (HTTP 404 Not Found).');
    const check = checkDataUrl('javascript:alert(1)', 'https://example.org/');
    expect(check.ok || check.message).toBe(
      'Only http and https links can be loaded; this one uses javascript.',
    );
  });

  it('say the same in Ukrainian and Korean, with the plural a count needs', () => {
    expect(errorText(new DatasetInvalidError(problems(1)), 'uk')).toBe(
      'Набір даних недійсний: знайдено 1 проблему.',
    );
    expect(errorText(new DatasetInvalidError(problems(3)), 'uk')).toBe(
      'Набір даних недійсний: знайдено 3 проблеми.',
    );
    expect(errorText(new DatasetInvalidError(problems(5)), 'uk')).toBe(
      'Набір даних недійсний: знайдено 5 проблем.',
    );
    expect(
      errorText(new DatasetFetchError(phrase('problem.fetch.notFound', { url: '/d.json' })), 'ko'),
    ).toBe('/d.json에 데이터 세트가 없습니다(HTTP 404 Not Found).');
    expect(errorText(new Error('Plain words.'), 'uk')).toBe('Plain words.');
  });
});
