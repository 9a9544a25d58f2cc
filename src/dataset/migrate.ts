import type { Dataset } from './schema';
import { SCHEMA_VERSION } from './schema';
import type { DatasetV1 } from './schema-v1';

/** The versions this dashboard reads: older ones are migrated to the current one on load. */
export const READABLE_VERSIONS = [1, SCHEMA_VERSION] as const;
export type ReadableVersion = (typeof READABLE_VERSIONS)[number];

export const isReadableVersion = (version: unknown): version is ReadableVersion =>
  (READABLE_VERSIONS as readonly unknown[]).includes(version);

/**
 * Version 1 to version 2. Version 2 only widened what a file may say (dates to the month or year,
 * "on or before" dates, retractions, corrections, archive copies, kinds of source), so a version 1
 * dataset means the same under version 2: nothing in it changes but the number.
 */
export function migrateV1(dataset: DatasetV1): Dataset {
  return { ...dataset, schemaVersion: SCHEMA_VERSION };
}
