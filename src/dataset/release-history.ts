import { useQuery } from '@tanstack/react-query';
import type { ReleaseHistory } from './releases';
import { DatasetFetchError } from './load';

/** What each release changed, generated from the releases at build time. */
export const RELEASE_HISTORY_URL = `${import.meta.env.BASE_URL}data/changes.json`;
export const RELEASE_HISTORY_KEY = ['release-history'] as const;

/** The file's shape, checked before anything reads it: releases with ids and lists of claim ids. */
export function isReleaseHistory(value: unknown): value is ReleaseHistory {
  const releases = (value as { releases?: unknown } | null)?.releases;
  return (
    Array.isArray(releases) &&
    releases.every(
      (r) =>
        typeof r?.id === 'string' &&
        Array.isArray(r.added) &&
        Array.isArray(r.changed) &&
        Array.isArray(r.retracted) &&
        Array.isArray(r.removed),
    )
  );
}

async function fetchHistory(signal: AbortSignal): Promise<ReleaseHistory> {
  const response = await fetch(RELEASE_HISTORY_URL, { signal }).catch(() => {
    throw new DatasetFetchError(`Could not reach ${RELEASE_HISTORY_URL}.`);
  });
  if (!response.ok)
    throw new DatasetFetchError(
      `The server answered HTTP ${response.status} for ${RELEASE_HISTORY_URL}.`,
    );
  const history: unknown = await response.json();
  if (!isReleaseHistory(history))
    throw new DatasetFetchError(`${RELEASE_HISTORY_URL} does not list releases.`);
  return history;
}

/**
 * The releases and what each changed. Nothing waits for it: without it the dashboard shows its
 * figures, only not their history.
 */
export function useReleaseHistory() {
  return useQuery({ queryKey: RELEASE_HISTORY_KEY, queryFn: ({ signal }) => fetchHistory(signal) });
}
