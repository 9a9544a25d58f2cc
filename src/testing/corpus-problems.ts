import { MALFORMED_CASES } from '../dataset/malformed-corpus';
import { parseDatasetText } from '../dataset/parse';
import { phraseText, type DatasetProblem } from '../dataset/problem';
import { fixtureDataset } from './fixture';

/** Every problem of the corpus of broken datasets, case by case. */
export function corpusProblems(): [string, DatasetProblem[]][] {
  return MALFORMED_CASES.map((c) => {
    const result = parseDatasetText(c.text(fixtureDataset()));
    if (result.ok) throw new Error(`${c.name} passed`);
    return [c.name, result.problems];
  });
}

/** A problem's phrase in a language, whatever the page's. */
export const said = (p: DatasetProblem, locale: 'en' | 'uk' | 'ko') =>
  phraseText({ id: p.id!, values: p.values }, locale);
