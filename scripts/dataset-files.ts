import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as z from 'zod/mini';
import { DatasetSchema } from '../src/dataset/schema.ts';
import { parseDatasetText } from '../src/dataset/parse.ts';
import { atomFeed } from './release-feed.ts';
import { changelogMarkdown, changesJson, readReleases, releaseHistory } from './release-files.ts';

export const DATASET_PATH = resolve(import.meta.dirname, '../data/dataset.json');

/** The published dataset's text, refused if it does not validate: a broken file never ships. */
export function publishedDatasetText(): string {
  const text = readFileSync(DATASET_PATH, 'utf8');
  const result = parseDatasetText(text);
  if (!result.ok) {
    const lines = result.problems.slice(0, 20).map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(`data/dataset.json is not valid:\n${lines.join('\n')}`);
  }
  return text;
}

interface JsonSchemaObject {
  properties?: Record<string, { items?: Record<string, unknown> }>;
  [key: string]: unknown;
}

/** JSON Schema for outside tools, generated from the same zod schema the app validates with. */
export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetSchema, { unrepresentable: 'any' }) as JsonSchemaObject;
  // A claim has exactly one date: the day, month or year it was made, or the day it was made by.
  const claim = schema.properties?.claims?.items;
  if (claim === undefined) throw new Error('the dataset schema has no claims');
  claim.oneOf = [{ required: ['claimedOn'] }, { required: ['claimedBy'] }];
  return `${JSON.stringify(
    {
      ...schema,
      title: 'North Korea–Russia arms claims dataset, version 2',
      description:
        "Claims about North Korea's arms supply to Russia, each with qualifier, claimant, source, date and confidence. References between records, unique ids and real calendar dates are checked by `npm run validate:data`, not by this schema alone. Files of version 1 are still read, and migrated.",
    },
    null,
    2,
  )}\n`;
}

/**
 * Every file the site publishes under data/: the dataset and its schema, each release as it was
 * published, what each release changed, the changelog and the feed. Made when asked for.
 */
export function publishedDataFiles(): Record<string, () => string> {
  const releases = readReleases();
  const history = () => releaseHistory(releases);
  return {
    'data/dataset.json': publishedDatasetText,
    'data/dataset.schema.json': datasetJsonSchema,
    'data/changes.json': () => changesJson(history()),
    'data/CHANGELOG.md': () => changelogMarkdown(history(), releases),
    'data/feed.xml': () => atomFeed(history(), releases, { siteUrl: process.env.SITE_URL }),
    ...Object.fromEntries(releases.map((r) => [`data/releases/${r.file}`, () => r.text])),
  };
}
