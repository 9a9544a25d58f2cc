import { isPanelId, type PanelId } from '../lib/panel-ids';

/** The charts a brief shows unless the link names others (?brief=casualties,oil). */
export const BRIEF_CHARTS: PanelId[] = ['casualties', 'railcars'];
export const CHOICES: PanelId[] = ['casualties', 'shipments', 'railcars', 'oil', 'value'];

/** The charts a brief link names, at most two so that the page stays one page. */
export function briefCharts(search: string): PanelId[] {
  const named = (new URLSearchParams(search).get('brief') ?? '')
    .split(',')
    .filter((id): id is PanelId => isPanelId(id) && CHOICES.includes(id));
  return named.length > 0 ? [...new Set(named)].slice(0, 2) : BRIEF_CHARTS;
}
