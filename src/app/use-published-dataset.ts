import { useQuery } from '@tanstack/react-query';
import { fetchDataset } from '../dataset/load';
import { datasetUrlFor } from '../lib/release-page';
import { dashboardActions, usePinnedRelease } from '../store';
import { useDashboardStore } from '../store/dashboard-store';

/** Where the build publishes the dataset: a stable URL that outside tools can use too. */
export const PUBLISHED_DATASET_URL = `${import.meta.env.BASE_URL}data/dataset.json`;

/** The dataset this page shows: the latest, or the release it is pinned to, kept as published. */
export const publishedDatasetUrl = (release = useDashboardStore.getState().pinnedRelease) =>
  datasetUrlFor(import.meta.env.BASE_URL, release);

/**
 * Fetches and validates the published dataset; on success it becomes the active dataset
 * in the store in the same step (unless a researcher's own dataset is on screen), so the
 * store is the one place panels read it from.
 */
export function usePublishedDataset() {
  const url = publishedDatasetUrl(usePinnedRelease());
  return useQuery({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }) => {
      const dataset = await fetchDataset(url, signal);
      dashboardActions().publishedLoaded(dataset);
      return dataset;
    },
  });
}
