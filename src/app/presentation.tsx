import { useEffect, useState, type CSSProperties } from 'react';
import { AxisScaleContext, slideAxisScale } from '../components/axis-scale';
import type { PanelId } from '../lib/panel-ids';
import { serializeViewState } from '../lib/url-state';
import { useDataset, useDatasetOrigin, usePinnedRelease, useViewState } from '../store';
import { releaseRoot } from '../lib/release-page';
import { DatasetStatus } from './dataset-status';
import { LazyPanel } from './lazy-panel';
import { usePublishedDataset } from './use-published-dataset';
import { useUrlSync } from './use-url-sync';
import { t } from '../i18n/messages';

/** One panel alone, filling the window at 16:9 with large type and no controls: for slides. */
export function Presentation({ panel }: { panel: PanelId }) {
  useUrlSync();
  const query = usePublishedDataset();
  const dataset = useDataset();
  const view = useViewState();
  const pinned = usePinnedRelease();
  const origin = useDatasetOrigin();
  const data = origin.kind === 'custom' && origin.via === 'link' ? origin.url : undefined;
  const back = `${releaseRoot(import.meta.env.BASE_URL, pinned)}${serializeViewState(
    view,
    data ? `?data=${encodeURIComponent(data)}` : '',
  )}#${panel}`;

  const [axisScale, setAxisScale] = useState(() =>
    typeof window === 'undefined' ? 1 : slideAxisScale(window.innerWidth, window.innerHeight),
  );
  useEffect(() => {
    const onResize = () => setAxisScale(slideAxisScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);

  useEffect(() => {
    document.documentElement.classList.add('presenting');
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') window.location.assign(back);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove('presenting');
      window.removeEventListener('keydown', onKey);
    };
  }, [back]);

  return (
    <main className="presentation">
      <a className="skip-link" href={back}>
        {t('present.back')}
      </a>
      <div
        className="presentation__frame"
        style={{ '--slide-axis-font': `${axisScale * 12}px` } as CSSProperties}
      >
        <AxisScaleContext.Provider value={axisScale}>
          {dataset === null ? <DatasetStatus query={query} /> : <LazyPanel id={panel} />}
        </AxisScaleContext.Provider>
      </div>
    </main>
  );
}
