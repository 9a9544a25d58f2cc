import type { Dataset } from '../src/dataset/schema';
import { INITIAL_FILTERS } from '../src/store';
import { headlineRows } from '../src/panels/overview/headline-rows';
import { ledgerRows } from '../src/panels/claims/ledger-rows';
import { CASUALTY_MEASURE_IDS, casualtyRows } from '../src/panels/casualties/casualty-rows';
import { shipmentGroups } from '../src/panels/shipments/shipment-rows';
import { railcarView } from '../src/panels/railcars/railcar-rows';
import { oilView } from '../src/panels/oil/oil-rows';
import { valueView } from '../src/panels/value/value-rows';
import { timelineView } from '../src/panels/timeline/timeline-rows';
import { mapPlaces } from '../src/panels/map/map-places';
import { mapFlows } from '../src/panels/map/map-flows';

/** Every panel's rows and the map's layer data, as the dashboard derives them on first view. */
export function deriveAll(dataset: Dataset) {
  const places = mapPlaces(dataset);
  return {
    overview: headlineRows(dataset),
    claims: ledgerRows(dataset, INITIAL_FILTERS, { key: 'claimedOn', direction: 'desc' }),
    casualties: CASUALTY_MEASURE_IDS.map((measure) => casualtyRows(dataset, measure)),
    shipments: shipmentGroups(dataset),
    railcars: railcarView(dataset),
    oil: oilView(dataset),
    value: valueView(dataset),
    timeline: timelineView(dataset),
    map: { places, flows: mapFlows(dataset, places) },
  };
}
