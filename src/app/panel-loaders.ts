import type { ComponentType } from 'react';
import type { PanelId } from '../lib/panel-ids';

type Loader = () => Promise<ComponentType>;

/**
 * One dynamic import per panel: an embed or a presentation of one panel loads that panel's
 * code and no other's (a chart's embed never loads the map).
 */
export const PANEL_LOADERS: Partial<Record<PanelId, Loader>> = {
  overview: () => import('../panels/overview/overview-panel').then((m) => m.OverviewPanel),
  casualties: () => import('../panels/casualties/casualties-panel').then((m) => m.CasualtiesPanel),
  claims: () => import('../panels/claims/claims-panel').then((m) => m.ClaimsPanel),
};
