import { useEffect, useId, useState } from 'react';
import type { PanelId } from '../lib/panel-ids';
import { CHOICE_NAMES, CHOICES } from './brief-charts';
import { formatDate } from '../lib/format';
import { serializeViewState } from '../lib/url-state';
import { releaseRoot } from '../lib/release-page';
import { todayIso } from '../lib/recency';
import { viewFilterText } from '../lib/view-text';
import { newestClaim } from '../dataset/dates';
import { NewestClaim } from '../components/newest-claim';
import { useShownRelease } from '../components/use-shown-release';
import {
  useDataset,
  useDatasetOrigin,
  usePinnedRelease,
  useViewState,
  useVisibleDataset,
} from '../store';
import { DatasetStatus } from './dataset-status';
import { LazyPanel } from './lazy-panel';
import { BriefHeadlines } from './brief-headlines';
import { usePublishedDataset } from './use-published-dataset';
import { useUrlSync } from './use-url-sync';
import './brief.css';

/**
 * One printed page of the current view, A4 or US Letter: the headline figures, the chosen
 * charts, the map's views, where the figures come from, the release and the day. Print it, or
 * save it as PDF, from the browser; nothing here is sent anywhere.
 */
export function Brief({ charts }: { charts: PanelId[] }) {
  useUrlSync();
  const query = usePublishedDataset();
  const dataset = useDataset();
  const visible = useVisibleDataset();
  const view = useViewState();
  const origin = useDatasetOrigin();
  const release = useShownRelease();
  const pinned = usePinnedRelease();
  const pickerId = useId();
  const [chosen, setChosen] = useState(charts);

  useEffect(() => {
    document.documentElement.classList.add('briefing');
    return () => document.documentElement.classList.remove('briefing');
  }, []);

  const choose = (id: PanelId, on: boolean) => {
    const next = on ? [...chosen, id].slice(-2) : chosen.filter((c) => c !== id);
    setChosen(next);
    const params = new URLSearchParams(window.location.search);
    params.set('brief', next.join(','));
    window.history.replaceState(null, '', `${window.location.pathname}?${params}`);
  };

  const dashboard = `${releaseRoot(import.meta.env.BASE_URL, pinned)}${serializeViewState(view)}`;
  const filters = viewFilterText(view);
  return (
    <main className="brief">
      <div className="brief__controls">
        <fieldset>
          <legend id={pickerId}>Charts on the page (two at most)</legend>
          {CHOICES.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(e) => choose(id, e.target.checked)}
              />
              {CHOICE_NAMES[id]}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={() => window.print()}>
          Print, or save as PDF
        </button>
        <a href={dashboard}>Back to the dashboard</a>
      </div>
      {dataset === null || visible === null ? (
        <DatasetStatus query={query} />
      ) : (
        <article className="brief__page" aria-label="Brief">
          <header className="brief__header">
            {origin.kind === 'custom' && (
              <p className="brief__warning">
                Custom dataset from “{origin.label}”: not the published figures.
              </p>
            )}
            {release?.newer && (
              <p className="brief__warning">
                Release {release.id} of the dataset. Newer figures are available (release{' '}
                {release.newer}).
              </p>
            )}
            <h1>{dataset.title}</h1>
            <p>
              {release && <>Release {release.id} · </>}
              {newestClaim(visible.claims) && <NewestClaim newest={newestClaim(visible.claims)!} />}
              {' · '}Brief of {formatDate(todayIso())}
              {filters && <> · {filters}</>}
            </p>
          </header>
          <BriefHeadlines dataset={visible} />
          <div className="brief__panels">
            {chosen.map((id) => (
              <LazyPanel key={id} id={id} />
            ))}
            <LazyPanel id="map" />
          </div>
          <footer className="brief__footer">
            <p>
              Every figure is a claim, with its qualifier, claimant and source as each panel names
              them. Sources in full, and every claim:{' '}
              {new URL(dashboard, window.location.href).href}
            </p>
          </footer>
        </article>
      )}
    </main>
  );
}
