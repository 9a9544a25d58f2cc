import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import type { PanelId } from '../lib/panel-ids';
import { PanelBoundary } from '../components/panel-boundary';
import { PANEL_LOADERS } from './panel-loaders';
import { t } from '../i18n/messages';

// Made once: lazy() loads nothing until a panel is rendered.
const LAZY_PANELS = Object.fromEntries(
  Object.entries(PANEL_LOADERS).map(([id, load]) => [
    id,
    lazy(async () => ({ default: await load() })),
  ]),
) as Partial<Record<PanelId, LazyExoticComponent<ComponentType>>>;

/** Renders one panel by id, loading only its code. */
export function LazyPanel({ id }: { id: PanelId }) {
  const Component = LAZY_PANELS[id];
  if (Component === undefined) return <p role="alert">{t('lazy.unknown', { id })}</p>;
  return (
    <PanelBoundary panel={id}>
      <Suspense fallback={<p role="status">{t('lazy.loading')}</p>}>
        <Component />
      </Suspense>
    </PanelBoundary>
  );
}
