import type { Dataset } from './schema';
import { SCHEMA_VERSION } from './schema';
import type { DatasetV1 } from './schema-v1';
import type { DatasetV2 } from './schema-v2';

/** The versions this dashboard reads: older ones are migrated to the current one on load. */
export const READABLE_VERSIONS = [1, 2, SCHEMA_VERSION] as const;
export type ReadableVersion = (typeof READABLE_VERSIONS)[number];

export const isReadableVersion = (version: unknown): version is ReadableVersion =>
  (READABLE_VERSIONS as readonly unknown[]).includes(version);

/**
 * An older version to the current one. Each version so far only widened what a file may say:
 * version 2 dates to the month or year, "on or before" dates, retractions, corrections, archive
 * copies and kinds of source; version 3 names in Ukrainian and Korean, and measures. So an older
 * dataset means the same under the current version: nothing in it changes but the number.
 */
export function migrate(dataset: DatasetV1 | DatasetV2): Dataset {
  return { ...dataset, schemaVersion: SCHEMA_VERSION };
}
