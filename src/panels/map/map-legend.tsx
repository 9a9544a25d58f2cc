import { FLOW_KIND_ORDER, FLOW_KINDS } from './flows';
import type { LayerKey, LayerToggles } from './layer-toggles';
import type { MapFlow } from './map-flows';
import type { MapPlace, PlaceSymbol } from './map-places';
import { EVEN_ODD, SYMBOL_LABELS, SYMBOL_PATHS } from './map-symbols';
import { symbolColor, type MapPalette } from './map-theme';

interface MapLegendProps {
  places: MapPlace[];
  flows: MapFlow[];
  toggles: LayerToggles;
  palette: MapPalette;
  widthNote: string;
  asOf: string | null;
  onToggle: (key: LayerKey, on: boolean) => void;
}

function SymbolIcon({ symbol, color }: { symbol: PlaceSymbol | 'arrow'; color: string }) {
  return (
    <svg className="map-legend__symbol" viewBox="-2 -2 28 28" aria-hidden="true">
      <path
        d={SYMBOL_PATHS[symbol]}
        fill={color}
        fillRule={EVEN_ODD.has(symbol) ? 'evenodd' : 'nonzero'}
      />
    </svg>
  );
}

function Toggle({
  name,
  checked,
  onChange,
  children,
}: {
  name: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  children?: React.ReactNode;
}) {
  return (
    <label className="map-legend__toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {children}
      <span>{name}</span>
    </label>
  );
}

/** The key to the map and its layer switches: part of the panel frame, shown before the map loads. */
export function MapLegend({
  places,
  flows,
  toggles,
  palette,
  widthNote,
  asOf,
  onToggle,
}: MapLegendProps) {
  const symbols = [...new Set(places.map((p) => p.symbol))];
  const strikes = places.filter((p) => p.layer === 'strikes' && p.known).length;
  return (
    <div className="map-legend" role="group" aria-label="Map key and layers">
      <fieldset>
        <legend>Flows</legend>
        {FLOW_KIND_ORDER.map((kind) => {
          const count = flows.filter((f) => f.kind === kind && f.known).length;
          return (
            <div key={kind} className="map-legend__row">
              <Toggle
                name={FLOW_KINDS[kind].label}
                checked={toggles[kind]}
                onChange={(on) => onToggle(kind, on)}
              >
                <svg className="map-legend__line" viewBox="0 0 30 10" aria-hidden="true">
                  <path d="M1 5h28" stroke={palette.flows[kind]} strokeWidth="3" />
                </svg>
              </Toggle>
              <span className="map-legend__detail">
                {FLOW_KINDS[kind].description}
                {count === 0 ? ' (faded: none on record as of this date)' : ''}
              </span>
            </div>
          );
        })}
        <p className="map-legend__note">
          Faint lines are drawn for orientation only: no source traces those legs. The solid line is
          the Tumangang–Khasan rail crossing, where satellite images show the traffic.
        </p>
        <p className="map-legend__note">{widthNote}</p>
      </fieldset>
      <fieldset className="map-legend__layers">
        <legend>Places</legend>
        <Toggle name="Places" checked={toggles.places} onChange={(on) => onToggle('places', on)} />
        <Toggle
          name="Missile strike sites"
          checked={toggles.strikes}
          onChange={(on) => onToggle('strikes', on)}
        />
        {strikes === 0 && <p className="map-legend__note">No strike on record as of this date.</p>}
        <Toggle name="Labels" checked={toggles.labels} onChange={(on) => onToggle('labels', on)} />
        <p className="map-legend__note">
          Close places share a label when zoomed out; a label with no room is left out. Every place
          has a tooltip and is listed in the text below the map.
        </p>
      </fieldset>
      <div>
        <p className="map-legend__heading">Symbols</p>
        <ul className="map-legend__symbols">
          {symbols.map((symbol) => (
            <li key={symbol}>
              <SymbolIcon symbol={symbol} color={symbolColor(palette, symbol)} />
              {SYMBOL_LABELS[symbol]}
            </li>
          ))}
          <li>
            <svg className="map-legend__symbol" viewBox="0 0 28 28" aria-hidden="true">
              <circle
                cx="14"
                cy="14"
                r="12"
                fill={palette.disc}
                fillOpacity="0.18"
                stroke={palette.disc}
              />
              <circle cx="14" cy="14" r="3" fill={palette.ink} />
            </svg>
            Disc: location approximate
            <span className="map-legend__more">
              , or a city or region (its size shows how loosely the point is known, not the area);
              no disc: exact site
            </span>
          </li>
          <li>
            <svg className="map-legend__symbol" viewBox="0 0 28 28" aria-hidden="true">
              <circle
                cx="14"
                cy="14"
                r="11"
                fill="none"
                stroke={palette.selected}
                strokeWidth="3"
              />
            </svg>
            Ring: the place of the selected claim
          </li>
          <li>
            <svg className="map-legend__line" viewBox="0 0 30 10" aria-hidden="true">
              <path
                d="M1 7c8-6 12 2 28-4"
                stroke={palette.river}
                strokeOpacity="0.47"
                strokeWidth="4"
                fill="none"
              />
            </svg>
            The Tumen river
            <span className="map-legend__more">
              , drawn along Natural Earth’s border, which follows it; close up, a band about 2.5 km
              wide, as loosely as that border places it
            </span>
          </li>
          <li>
            <svg className="map-legend__line" viewBox="0 0 30 10" aria-hidden="true">
              <path d="M1 5h28" stroke={palette.rail} strokeWidth="2.5" />
            </svg>
            Rail line at the crossing, schematic
            <span className="map-legend__more">
              : drawn straight through the two stations and the bridge, not along the track
            </span>
          </li>
          {asOf && (
            <li>
              <svg className="map-legend__symbol" viewBox="-2 -2 28 28" aria-hidden="true">
                <path d={SYMBOL_PATHS.factory} fill={palette.ink} fillOpacity="0.25" />
              </svg>
              Faded: nothing about it was on record as of the “known as of” date
            </li>
          )}
          <li>≈ about · ≤ up to · &gt; more than · ≥ at least, in the labels’ figures</li>
        </ul>
      </div>
    </div>
  );
}
