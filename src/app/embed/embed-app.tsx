import { lazy, Suspense } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { PanelId } from '../../lib/panel-ids';
import { serializeViewState } from '../../lib/url-state';
import {
  useDataset,
  useDatasetOrigin,
  useEscapeClearsSelection,
  usePinnedRelease,
  useViewState,
} from '../../store';
import { releaseRoot } from '../../lib/release-page';
import { usePublishedDataset } from '../use-published-dataset';
import { useUrlSync } from '../use-url-sync';
import { DatasetStatus } from '../dataset-status';
import { LazyPanel } from '../lazy-panel';
import { useAutoHeight } from './use-auto-height';
import { ReleaseStatus } from '../release-status';
import { t } from '../../i18n/messages';

const EmbedCustomDataset = lazy(() => import('./embed-custom-dataset'));

/** A linked dataset (?data=) or a file kept in this tab: what an embed in an article never has. */
const customWanted = (originKind: string) =>
  originKind === 'custom' ||
  (typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('data'));

function Embed({ panel }: { panel: PanelId }) {
  useUrlSync();
  useEscapeClearsSelection();
  useAutoHeight(panel);
  const query = usePublishedDataset();
  const dataset = useDataset();
  const view = useViewState();
  const pinned = usePinnedRelease();
  // Relative: it resolves against the embed's own address, the dashboard's site.
  const origin = useDatasetOrigin();
  const data = origin.kind === 'custom' && origin.via === 'link' ? origin.url : undefined;
  const full = `${releaseRoot(import.meta.env.BASE_URL, pinned)}${serializeViewState(
    view,
    data ? `?data=${encodeURIComponent(data)}` : '',
  )}#${panel}`;
  return (
    <div className="embed">
      {customWanted(origin.kind) && (
        <Suspense fallback={null}>
          <EmbedCustomDataset />
        </Suspense>
      )}
      <ReleaseStatus path={`embed/${panel}/`} picker={false} />
      {dataset === null ? <DatasetStatus query={query} /> : <LazyPanel id={panel} />}
      <p className="embed__link">
        <a href={full} target="_blank" rel="noopener noreferrer">
          {t('embedApp.open')}
        </a>
      </p>
    </div>
  );
}

export function EmbedApp({
  queryClient,
  panel,
}: {
  queryClient: QueryClient;
  panel: PanelId | null;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      {panel === null ? <p role="alert">{t('embedApp.noPanel')}</p> : <Embed panel={panel} />}
    </QueryClientProvider>
  );
}
