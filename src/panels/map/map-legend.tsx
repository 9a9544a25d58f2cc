import { t } from './map-messages';
import { FLOW_KIND_ORDER, flowDescription, flowLabel } from './flows';
import type { LayerKey, LayerToggles } from './layer-toggles';
import type { MapFlow } from './map-flows';
import type { MapPlace, PlaceSymbol } from './map-places';
import { EVEN_ODD, SYMBOL_PATHS, symbolLabel } from './map-symbols';
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
    <div className="map-legend" role="group" aria-label={t('map.keyLabel')}>
      <fieldset>
        <legend>{t('map.flows')}</legend>
        {FLOW_KIND_ORDER.map((kind) => {
          const count = flows.filter((f) => f.kind === kind && f.known).length;
          return (
            <div key={kind} className="map-legend__row">
              <Toggle
                name={flowLabel(kind)}
                checked={toggles[kind]}
                onChange={(on) => onToggle(kind, on)}
              >
                <svg className="map-legend__line" viewBox="0 0 30 10" aria-hidden="true">
                  <path d="M1 5h28" stroke={palette.flows[kind]} strokeWidth="3" />
                </svg>
              </Toggle>
              <span className="map-legend__detail">
                {count === 0
                  ? t('map.flowFaded', { description: flowDescription(kind) })
                  : flowDescription(kind)}
              </span>
            </div>
          );
        })}
        <p className="map-legend__note">{t('map.faintLines')}</p>
        <p className="map-legend__note">{widthNote}</p>
      </fieldset>
      <fieldset className="map-legend__layers">
        <legend>{t('map.places')}</legend>
        <Toggle
          name={t('map.places')}
          checked={toggles.places}
          onChange={(on) => onToggle('places', on)}
        />
        <Toggle
          name={t('map.strikeSites')}
          checked={toggles.strikes}
          onChange={(on) => onToggle('strikes', on)}
        />
        {strikes === 0 && <p className="map-legend__note">{t('map.noStrikes')}</p>}
        <Toggle
          name={t('map.labels')}
          checked={toggles.labels}
          onChange={(on) => onToggle('labels', on)}
        />
        <p className="map-legend__note">{t('map.labelsNote')}</p>
      </fieldset>
      <div>
        <p className="map-legend__heading">{t('map.symbols')}</p>
        <ul className="map-legend__symbols">
          {symbols.map((symbol) => (
            <li key={symbol}>
              <SymbolIcon symbol={symbol} color={symbolColor(palette, symbol)} />
              {symbolLabel(symbol)}
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
            <span>
              {t('map.disc')}
              <span className="map-legend__more">{t('map.discMore')}</span>
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
            {t('map.ring')}
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
            <span>
              {t('map.river')}
              <span className="map-legend__more">{t('map.riverMore')}</span>
            </span>
          </li>
          <li>
            <svg className="map-legend__line" viewBox="0 0 30 10" aria-hidden="true">
              <path d="M1 5h28" stroke={palette.rail} strokeWidth="2.5" />
            </svg>
            <span>
              {t('map.rail')}
              <span className="map-legend__more">{t('map.railMore')}</span>
            </span>
          </li>
          {asOf && (
            <li>
              <svg className="map-legend__symbol" viewBox="-2 -2 28 28" aria-hidden="true">
                <path d={SYMBOL_PATHS.factory} fill={palette.ink} fillOpacity="0.25" />
              </svg>
              {t('map.fadedSymbol')}
            </li>
          )}
          <li>{t('map.qualifierKey')}</li>
        </ul>
      </div>
    </div>
  );
}
