import { createContext } from 'react';

/**
 * How much larger than on the page a chart's axis labels are drawn (Present scales its type with
 * the slide): the axes make room for them in proportion.
 */
export const AxisScaleContext = createContext(1);

/**
 * The axis label size Present uses, as a multiple of the page's 12 px: about 1% of the slide's
 * width, 13 to 24 px. Present hands it to its CSS as `--slide-axis-font`.
 */
export function slideAxisScale(width: number, height: number): number {
  const px = Math.min(24, Math.max(13, Math.min(width * 0.01, height * 0.0178)));
  return px / 12;
}
