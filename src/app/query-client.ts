import { QueryClient } from '@tanstack/react-query';
import { DatasetInvalidError } from '../dataset/load';

/** The dataset is static: fetched once, never refetched; retried with backoff unless it is invalid. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !(error instanceof DatasetInvalidError) && failures < 3,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
