/**
 * The width a chart is drawn at before the page can measure it: in prerendered HTML and in the
 * first render that hydrates it. Styles scale that drawing to the space it has until the chart
 * is measured and redrawn; its height never changes, so nothing below it moves.
 */
export const PRERENDER_WIDTH = 600;
