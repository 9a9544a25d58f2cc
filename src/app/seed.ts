import type { QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../dataset/parse';
import { dashboardActions } from '../store';
import { INLINE_DATASET_ID } from '../lib/inline-dataset';
import { PUBLISHED_DATASET_URL } from './use-published-dataset';

/** Makes a dataset the published one, as if it had just been fetched: store and query cache. */
export function seedPublishedDataset(queryClient: QueryClient, dataset: Dataset) {
  queryClient.setQueryData(['dataset', PUBLISHED_DATASET_URL], dataset);
  dashboardActions().publishedLoaded(dataset);
}

/**
 * Takes the dataset a prerendered page carries and seeds the app with it, so the first render
 * matches the HTML. Returns false when the page carries none, or one that does not validate.
 */
export function seedFromPage(queryClient: QueryClient, doc: Document = document): boolean {
  const text = doc.getElementById(INLINE_DATASET_ID)?.textContent;
  if (!text) return false;
  const result = parseDatasetText(text);
  if (!result.ok) return false;
  seedPublishedDataset(queryClient, result.dataset);
  return true;
}
