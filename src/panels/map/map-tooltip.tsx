import type { TooltipContent } from './tooltip';

interface MapTooltipProps {
  content: TooltipContent;
  x: number;
  y: number;
  size: { width: number; height: number };
}

/** The hover card: beside the pointer, flipped to stay inside the map near its edges. */
export function MapTooltip({ content, x, y, size }: MapTooltipProps) {
  const { title, subtitle, lines, claims, moreClaims, sources, hint } = content;
  const dx = x > size.width - 330 ? 'calc(-100% - 14px)' : '14px';
  const dy = y > size.height * 0.55 ? 'calc(-100% - 14px)' : '14px';
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      style={{ left: x, top: y, transform: `translate(${dx}, ${dy})` }}
    >
      <p className="map-tooltip__title">{title}</p>
      <p className="map-tooltip__subtitle">{subtitle}</p>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {claims.length > 0 && (
        <ul className="map-tooltip__claims">
          {claims.map((claim) => (
            <li key={claim.id}>
              <strong>{claim.words}</strong> <span>({claim.by})</span>
            </li>
          ))}
        </ul>
      )}
      {moreClaims > 0 && (
        <p>
          and {moreClaims} more {moreClaims === 1 ? 'claim' : 'claims'} here, listed in the ledger
        </p>
      )}
      {sources.length > 0 && <p className="map-tooltip__sources">{sources.join('; ')}</p>}
      {hint && <p className="map-tooltip__hint">{hint}</p>}
    </div>
  );
}
