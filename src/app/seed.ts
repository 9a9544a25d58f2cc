import type { QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../dataset/schema';
import type { ReleaseHistory } from '../dataset/releases';
import { parseDatasetText } from '../dataset/parse';
import { dashboardActions } from '../store';
import { INLINE_DATASET_ID, INLINE_HISTORY_ID } from '../lib/inline-dataset';
import { releaseFromPath } from '../lib/release-page';
import { publishedDatasetUrl } from './use-published-dataset';
import { isReleaseHistory, RELEASE_HISTORY_KEY } from '../dataset/release-history';

/** Makes a dataset the published one, as if it had just been fetched: store and query cache. */
export function seedPublishedDataset(queryClient: QueryClient, dataset: Dataset) {
  queryClient.setQueryData(['dataset', publishedDatasetUrl()], dataset);
  dashboardActions().publishedLoaded(dataset);
}

/** Puts the releases' changes in the query cache, as if they had just been fetched. */
export function seedReleaseHistory(queryClient: QueryClient, history: ReleaseHistory) {
  queryClient.setQueryData(RELEASE_HISTORY_KEY, history);
}

/** Tells the store which release the page shows: the one its build marked, or its address pins. */
export function pinReleaseFromPage(doc: Document = document) {
  const marked = doc.documentElement.dataset.release;
  dashboardActions().releasePinned(marked ?? releaseFromPath(doc.location?.pathname ?? ''));
}

/**
 * Takes the dataset a prerendered page carries and seeds the app with it, so the first render
 * matches the HTML, and the releases' changes it carries beside it. Returns false when the page
 * carries no dataset, or one that does not validate.
 */
export function seedFromPage(queryClient: QueryClient, doc: Document = document): boolean {
  const history = doc.getElementById(INLINE_HISTORY_ID)?.textContent;
  if (history) {
    try {
      const parsed: unknown = JSON.parse(history);
      if (isReleaseHistory(parsed)) seedReleaseHistory(queryClient, parsed);
    } catch {
      // A broken copy is fetched again from the site.
    }
  }
  const text = doc.getElementById(INLINE_DATASET_ID)?.textContent;
  if (!text) return false;
  const result = parseDatasetText(text);
  if (!result.ok) return false;
  seedPublishedDataset(queryClient, result.dataset);
  return true;
}
