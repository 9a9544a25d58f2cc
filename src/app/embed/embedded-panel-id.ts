import { isPanelId, type PanelId } from '../../lib/panel-ids';

/** The panel this embed page shows: set by the build on the page, or read from its path. */
export function embeddedPanelId(): PanelId | null {
  const fromPage = document.documentElement.dataset.panel;
  if (isPanelId(fromPage)) return fromPage;
  const fromPath = /\/embed\/([a-z]+)\/?$/.exec(window.location.pathname)?.[1];
  return isPanelId(fromPath) ? fromPath : null;
}
