import { useQuery } from '@tanstack/react-query';
import { fetchDataset } from '../dataset/load';
import { dashboardActions } from '../store';

/** Where the build publishes the dataset: a stable URL that outside tools can use too. */
export const PUBLISHED_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/**
 * Fetches and validates the published dataset; on success it becomes the active dataset
 * in the store in the same step (unless a researcher's own dataset is on screen), so the
 * store is the one place panels read it from.
 */
export function usePublishedDataset() {
  return useQuery({
    queryKey: ['dataset', PUBLISHED_DATASET_URL],
    queryFn: async ({ signal }) => {
      const dataset = await fetchDataset(PUBLISHED_DATASET_URL, signal);
      dashboardActions().publishedLoaded(dataset);
      return dataset;
    },
  });
}
