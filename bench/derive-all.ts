import type { Dataset } from '../src/dataset/schema';
import { INITIAL_FILTERS } from '../src/store';
import { chartText } from '../src/lib/chart-text';
import { headlineRows } from '../src/panels/overview/headline-rows';
import { ledgerRows } from '../src/panels/claims/ledger-rows';
import { casualtyAxes, casualtyRows } from '../src/panels/casualties/casualty-rows';
import { shipmentGroups } from '../src/panels/shipments/shipment-rows';
import { railcarMarks, railcarView } from '../src/panels/railcars/railcar-rows';
import { oilMarks, oilView } from '../src/panels/oil/oil-rows';
import { valueView } from '../src/panels/value/value-rows';
import { timelineView } from '../src/panels/timeline/timeline-rows';
import { mapPlaces } from '../src/panels/map/map-places';
import { mapFlows } from '../src/panels/map/map-flows';

/** What the first screen of the dashboard needs: the headline figures and the casualty chart. */
export function deriveFirstScreen(dataset: Dataset) {
  const casualties = casualtyRows(dataset, 'killed');
  const text = chartText(dataset, 'Killed', casualties);
  return {
    overview: headlineRows(dataset),
    casualties: { casualties, text, axes: casualtyAxes(casualties, text.claims) },
  };
}

/**
 * What the dashboard derives for its first view, panel by panel as each panel does: every
 * panel's rows and the words around its chart, the casualty chart on the measure it opens on
 * (the others are derived when the reader switches to them), and the map's layer data. The
 * words of each mark and the ledger's search text are written when they are first needed.
 */
export function deriveAll(dataset: Dataset) {
  const casualties = casualtyRows(dataset, 'killed');
  const casualtyText = chartText(dataset, 'Killed', casualties);
  const shipments = shipmentGroups(dataset);
  const railcars = railcarView(dataset);
  const oil = oilView(dataset);
  const value = valueView(dataset);
  const places = mapPlaces(dataset);
  return {
    overview: headlineRows(dataset),
    claims: ledgerRows(dataset, INITIAL_FILTERS, { key: 'claimedOn', direction: 'desc' }),
    casualties: { casualties, casualtyText, axes: casualtyAxes(casualties, casualtyText.claims) },
    shipments: chartText(
      dataset,
      'Shipments',
      shipments.flatMap((g) => g.rows),
    ),
    railcars: chartText(dataset, 'Railcars', railcarMarks(railcars)),
    oil: chartText(dataset, 'Oil', oilMarks(oil)),
    value: chartText(dataset, 'Value', value.rows),
    timeline: timelineView(dataset),
    map: { places, flows: mapFlows(dataset, places) },
  };
}
