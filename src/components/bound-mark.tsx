import type { Confidence } from '../dataset/schema';
import type { MarkGeometry, MarkPart } from '../lib/bound-geometry';
import { shapePath } from '../lib/mark-shapes';
import { seriesColour, type SeriesStyle } from '../lib/series-style';
import { CONFIDENCE_OPACITY, DERIVED_DASH, fadeMask } from './mark-paint';

export interface MarkPaint {
  series: SeriesStyle;
  confidence: Confidence;
  derived: boolean;
  /** Withdrawn: outlines only, struck through. */
  retracted?: boolean;
}

/** How strongly a part is filled: by confidence, and not at all for a withdrawn claim. */
const fillOf = (paint: MarkPaint) => (paint.retracted ? 0 : CONFIDENCE_OPACITY[paint.confidence]);

interface BoundMarkProps extends MarkPaint {
  geometry: MarkGeometry;
  defsId: string;
  /** Radius of the series' shape, for points. */
  r?: number;
}

function Part({ part, paint, defsId }: { part: MarkPart; paint: MarkPaint; defsId: string }) {
  const colour = seriesColour(paint.series.colour);
  const { x, y, width, height } = part;
  const box = { x, y, width, height };
  switch (part.role) {
    case 'halo':
      return (
        <rect
          {...box}
          rx={Math.min(width, height) / 2}
          fill={colour}
          opacity={paint.retracted ? 0.12 : 0.3}
        />
      );
    case 'cap':
      return <rect {...box} className="bound-cap" />;
    case 'when':
      return (
        <rect
          {...box}
          fill={colour}
          mask={part.fade && fadeMask(defsId, part.fade)}
          opacity={Math.max(CONFIDENCE_OPACITY[paint.confidence], 0.6)}
        />
      );
    case 'extension':
      return (
        <rect
          {...box}
          fill={colour}
          mask={part.fade && fadeMask(defsId, part.fade)}
          opacity={Math.max(CONFIDENCE_OPACITY[paint.confidence], 0.45)}
        />
      );
    case 'body':
      return (
        <g>
          <rect
            {...box}
            fill={colour}
            fillOpacity={fillOf(paint)}
            mask={part.fade && fadeMask(defsId, part.fade)}
          />
          {(part.fade === undefined || paint.retracted) && (
            <rect
              {...box}
              className="bound-outline"
              strokeDasharray={paint.derived ? DERIVED_DASH : undefined}
            />
          )}
        </g>
      );
  }
}

/** Pixels between a derived value's shape and the dashed ring around it. */
const DERIVED_RING = 3.5;

/** A claim drawn with the one encoding of qualifiers, confidence and derivation. */
export function BoundMark({ geometry, defsId, r = 6, ...paint }: BoundMarkProps) {
  const colour = seriesColour(paint.series.colour);
  return (
    <g className="bound-mark">
      {geometry.parts.map((part, i) => (
        <Part key={i} part={part} paint={paint} defsId={defsId} />
      ))}
      {geometry.chevrons.map((d, i) => (
        <path key={`c${i}`} d={d} className="bound-chevron" stroke={colour} />
      ))}
      {geometry.shapes.map((p, i) => (
        <path
          key={`s${i}`}
          d={shapePath(paint.series.shape, r)}
          transform={`translate(${p.x} ${p.y})`}
          fill={colour}
          fillOpacity={fillOf(paint)}
          className="bound-outline"
          strokeDasharray={paint.derived ? DERIVED_DASH : undefined}
        />
      ))}
      {/* A dashed outline alone is lost at the size of a mark: a derived value also wears a
          dashed ring around its shape, in the text colour, that reads at any size. */}
      {paint.derived &&
        geometry.shapes.map((p, i) => (
          <path
            key={`d${i}`}
            d={shapePath(paint.series.shape, r + DERIVED_RING)}
            transform={`translate(${p.x} ${p.y})`}
            className="bound-derived-ring"
          />
        ))}
      {paint.retracted && (
        <path
          className="bound-strike"
          d={`M${geometry.box.x + 2} ${geometry.box.y + geometry.box.height - 2} L${geometry.box.x + geometry.box.width - 2} ${geometry.box.y + 2}`}
        />
      )}
    </g>
  );
}
