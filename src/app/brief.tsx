import { useEffect, useId, useState } from 'react';
import type { PanelId } from '../lib/panel-ids';
import { CHOICES } from './brief-charts';
import { t } from './brief-messages';
import type { MessageId } from '../i18n/messages';
import { datasetTitle, nameLang } from '../i18n/data-lang';
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

/** The name of each chart the brief offers, as its picker lists them. */
const CHOICE_NAMES: Partial<Record<PanelId, MessageId>> = {
  casualties: 'brief.chart.casualties',
  shipments: 'subject.shipments',
  railcars: 'brief.chart.railcars',
  oil: 'brief.chart.oil',
  value: 'brief.chart.value',
};

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
  const title = dataset && datasetTitle(dataset);
  return (
    <main className="brief">
      <div className="brief__controls">
        <fieldset>
          <legend id={pickerId}>{t('brief.picker')}</legend>
          {CHOICES.map((id) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(e) => choose(id, e.target.checked)}
              />
              {t(CHOICE_NAMES[id]!)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('brief.print')}
        </button>
        <a href={dashboard}>{t('brief.back')}</a>
      </div>
      {dataset === null || visible === null ? (
        <DatasetStatus query={query} />
      ) : (
        <article className="brief__page" aria-label={t('brief.label')}>
          <header className="brief__header">
            {origin.kind === 'custom' && (
              <p className="brief__warning">{t('brief.custom', { label: origin.label })}</p>
            )}
            {release?.newer && (
              <p className="brief__warning">
                {t('export.releaseNewer', { id: release.id, newer: release.newer })}
              </p>
            )}
            {/* The dataset's title in the page's language where it gives one. */}
            {title && <h1 lang={nameLang(title)}>{title.text}</h1>}
            <p>
              {release && <>{t('export.releaseShort', { id: release.id })} · </>}
              {newestClaim(visible.claims) && <NewestClaim newest={newestClaim(visible.claims)!} />}
              {' · '}
              {t('brief.madeOn', { date: formatDate(todayIso()) })}
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
            <p>{t('brief.footer', { link: new URL(dashboard, window.location.href).href })}</p>
          </footer>
        </article>
      )}
    </main>
  );
}
