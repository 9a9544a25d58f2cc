import type { ComponentType } from 'react';
import type { PanelId } from '../lib/panel-ids';

type Loader = () => Promise<ComponentType>;

/**
 * One dynamic import per panel: an embed or a presentation of one panel loads that panel's
 * code and no other's (a chart's embed never loads the map).
 */
export const PANEL_LOADERS: Record<PanelId, Loader> = {
  overview: () => import('../panels/overview/overview-panel').then((m) => m.OverviewPanel),
  casualties: () => import('../panels/casualties/casualties-panel').then((m) => m.CasualtiesPanel),
  shipments: () => import('../panels/shipments/shipments-panel').then((m) => m.ShipmentsPanel),
  railcars: () => import('../panels/railcars/railcars-panel').then((m) => m.RailcarsPanel),
  oil: () => import('../panels/oil/oil-panel').then((m) => m.OilPanel),
  value: () => import('../panels/value/value-panel').then((m) => m.ValuePanel),
  timeline: () => import('../panels/timeline/timeline-panel').then((m) => m.TimelinePanel),
  map: () => import('../panels/map/map-panel').then((m) => m.MapPanel),
  claims: () => import('../panels/claims/claims-panel').then((m) => m.ClaimsPanel),
};
