import type { Confidence } from '../dataset/schema';
import type { Fade } from '../lib/bound-geometry';

/** Confidence as fill strength: a low-confidence claim is drawn nearly hollow. */
export const CONFIDENCE_OPACITY: Record<Confidence, number> = { high: 1, medium: 0.55, low: 0.18 };

/** Derived values get a dashed outline everywhere. */
export const DERIVED_DASH = '4 2.5';

/** The mask (defined by BoundDefs) that makes a part fade out in a direction. */
export const fadeMask = (defsId: string, fade: Fade) => `url(#${defsId}-fade-${fade})`;
