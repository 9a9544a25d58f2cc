/**
 * The panels, by their fixed ids. An id is part of the product: the same string is the
 * section's data-panel, its anchor, its embed page (/embed/<id>/) and its export file names.
 */
export const PANEL_IDS = [
  'overview',
  'casualties',
  'shipments',
  'railcars',
  'oil',
  'value',
  'timeline',
  'map',
  'claims',
] as const;

export type PanelId = (typeof PANEL_IDS)[number];

export function isPanelId(text: string | null | undefined): text is PanelId {
  return PANEL_IDS.includes(text as PanelId);
}
