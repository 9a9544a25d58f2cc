import type { Fade } from '../lib/bound-geometry';

const FADES: Record<Fade, { x1: number; y1: number; x2: number; y2: number }> = {
  up: { x1: 0, y1: 1, x2: 0, y2: 0 },
  down: { x1: 0, y1: 0, x2: 0, y2: 1 },
  right: { x1: 0, y1: 0, x2: 1, y2: 0 },
  left: { x1: 1, y1: 0, x2: 0, y2: 0 },
};

/**
 * Masks rather than gradients: a mask fades whatever colour the part has, so one definition
 * serves every series in both themes.
 */
export function BoundDefs({ defsId }: { defsId: string }) {
  return (
    <defs>
      {(Object.keys(FADES) as Fade[]).map((fade) => (
        <g key={fade}>
          <linearGradient id={`${defsId}-grad-${fade}`} {...FADES[fade]}>
            <stop offset="0" stopColor="#fff" stopOpacity={1} />
            <stop offset="0.15" stopColor="#fff" stopOpacity={0.9} />
            <stop offset="1" stopColor="#fff" stopOpacity={0.05} />
          </linearGradient>
          <mask id={`${defsId}-fade-${fade}`} maskContentUnits="objectBoundingBox">
            <rect x={0} y={0} width={1} height={1} fill={`url(#${defsId}-grad-${fade})`} />
          </mask>
        </g>
      ))}
    </defs>
  );
}
