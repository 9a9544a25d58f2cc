import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../dataset/parse';
import type { Dataset } from '../dataset/schema';

/** The published data/dataset.json, validated, for tests that check the real figures. */
export function publishedDataset(): Dataset {
  const result = parseDatasetText(readFileSync('data/dataset.json', 'utf8'));
  if (!result.ok) throw new Error(`data/dataset.json is not valid: ${result.problems[0]?.message}`);
  return result.dataset;
}
