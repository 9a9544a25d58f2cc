import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { Dataset } from '../dataset/schema';
import { dashboardActions } from '../store';

/** Renders with a fresh QueryClient that never retries, optionally with a dataset already in the store. */
export function renderWithProviders(ui: ReactElement, { dataset }: { dataset?: Dataset } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  if (dataset) dashboardActions().datasetLoaded(dataset, { kind: 'published' });
  return { client, ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>) };
}
