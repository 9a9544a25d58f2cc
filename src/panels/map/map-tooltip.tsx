import { useLayoutEffect, useRef } from 'react';
import { dataLang } from '../../i18n/data-lang';
import { t } from './map-messages';
import { tooltipPosition, type TooltipContent } from './tooltip';

interface MapTooltipProps {
  content: TooltipContent;
  x: number;
  y: number;
  size: { width: number; height: number };
}

/** The hover card: beside the pointer, measured once drawn so it stays inside the map. */
export function MapTooltip({ content, x, y, size }: MapTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { title, subtitle, lines, claims, moreClaims, sources, hint, dataText } = content;
  const lang = dataLang();
  const langOf = (text: string) => (dataText.includes(text) ? lang : undefined);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const box = { width: element.offsetWidth, height: element.offsetHeight };
    const { left, top } = tooltipPosition(x, y, box, size);
    element.style.left = `${left}px`;
    element.style.top = `${top}px`;
    element.style.visibility = 'visible';
  }, [x, y, size, content]);

  return (
    <div className="map-tooltip" role="tooltip" ref={ref} style={{ visibility: 'hidden' }}>
      <p className="map-tooltip__title" lang={langOf(title)}>
        {title}
      </p>
      <p className="map-tooltip__subtitle">{subtitle}</p>
      {lines.map((line) => (
        <p key={line} lang={langOf(line)}>
          {line}
        </p>
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
      {moreClaims > 0 && <p>{t('map.moreClaims', { count: moreClaims })}</p>}
      {sources.length > 0 && <p className="map-tooltip__sources">{sources.join('; ')}</p>}
      {hint && <p className="map-tooltip__hint">{hint}</p>}
    </div>
  );
}
