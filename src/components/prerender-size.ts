/**
 * The width a chart is drawn at before the page can measure it, as recharts' first guess: its
 * live chart starts at this width and redraws at its own as soon as it has measured it.
 */
export const PRERENDER_WIDTH = 590;

/**
 * The widths the page's first HTML draws each chart at, before any script runs: the one that
 * fits the chart's box is shown (by a container query in charts.css, which must list the same
 * widths), so that phones, article columns and the dashboard all get a drawing close to the one
 * the live chart makes, with no jump when it takes over. They are picked for the boxes charts
 * get: phones (310–400 px), the dashboard's two columns (556–616 px), article columns and
 * tablets (560–730 px) and wide screens (920–1300 px), so that at those sizes a mark moves by at most about 30 px when
 * the live chart takes over. Below the smallest, the drawing scales down.
 */
export const PRERENDER_WIDTHS = [
  310, 340, 370, 440, 550, 590, 640, 680, 720, 900, 1160, 1260,
] as const;

/**
 * How a time chart is shaped: its height is a share of its width (a wide chart is taller), never
 * less than room for its marks, and never more than a screen can show beside its panel.
 */
export const TIME_CHART = { ratio: 0.55, min: 260, max: 460, perMark: 6, freeMarks: 10 } as const;

/** The least height a time chart of this many marks needs to keep them apart: 260 to 380 px. */
export function timeChartMinHeight(marks: number): number {
  const extra = Math.max(0, marks - TIME_CHART.freeMarks) * TIME_CHART.perMark;
  return Math.min(TIME_CHART.min + extra, 380);
}

/** A time chart's height at a width, as the page's CSS sizes its box (aspect ratio and limits). */
export function timeChartHeight(width: number, minHeight: number): number {
  return Math.round(Math.min(TIME_CHART.max, Math.max(minHeight, width * TIME_CHART.ratio)));
}
