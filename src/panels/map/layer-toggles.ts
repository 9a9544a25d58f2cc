import type { FlowKind } from './flows';
import type { MapFlow } from './map-flows';
import type { MapPlace } from './map-places';

/** The legend's switches: one per kind of flow, the places, the strike sites and the labels. */
export type LayerKey = FlowKind | 'places' | 'strikes' | 'labels';
export type LayerToggles = Record<LayerKey, boolean>;

export const ALL_LAYERS_ON: LayerToggles = {
  munitions: true,
  oil: true,
  troops: true,
  places: true,
  strikes: true,
  labels: true,
};

export const shownPlaces = (places: MapPlace[], toggles: LayerToggles) =>
  places.filter((p) => toggles[p.layer]);

export const shownFlows = (flows: MapFlow[], toggles: LayerToggles) =>
  flows.filter((f) => toggles[f.kind]);

/** What to highlight for the selected claim: the place it is about and the arcs it sizes. */
export function selectionTargets(places: MapPlace[], flows: MapFlow[], claimId: string | null) {
  if (claimId === null) return { placeIds: new Set<string>(), flowIds: new Set<string>() };
  return {
    placeIds: new Set(
      places.filter((p) => p.claims.some((c) => c.claim.id === claimId)).map((p) => p.id),
    ),
    flowIds: new Set(flows.filter((f) => f.claim?.claim.id === claimId).map((f) => f.id)),
  };
}

export type Selection = ReturnType<typeof selectionTargets>;
