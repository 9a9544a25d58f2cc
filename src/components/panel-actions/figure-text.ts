import type { Claim, Dataset, Qualifier } from '../../dataset/schema';
import { QUALIFIERS } from '../../dataset/schema';
import { lookup } from '../../dataset/lookup';
import { formatDate, withStop } from '../../lib/format';
import { t } from '../../i18n/messages';
import { todayIso } from '../../lib/recency';
import { newestShown } from './newest-shown';
import { stackCharts, type FigureText } from '../../lib/export-svg';

/** Text as the reader sees it: paragraphs keep a space between them. */
const textOf = (section: Element, selector: string) => {
  const element = section.querySelector<HTMLElement>(selector);
  return ((element?.innerText || element?.textContent) ?? '').replace(/\s+/g, ' ').trim();
};

/** A key drawn beside the chart: each item's sample and its words. */
function keyOf(section: Element, selector: string) {
  return [...section.querySelectorAll(`${selector} li`)].flatMap((item) => {
    const swatch = item.querySelector('svg');
    const label = item.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return swatch && label ? [{ swatch, label }] : [];
  });
}

/** The words around a panel's chart, read from the panel as the reader sees it. */
export function figureText(
  section: Element,
  claims: readonly Claim[],
  dataset: Dataset,
  url: string,
  customLabel: string | undefined,
): FigureText {
  const index = lookup(dataset);
  const used = new Set<Qualifier>(claims.map((c) => c.qualifier));
  const sourceIds = [...new Set(claims.map((c) => c.source))];
  return {
    title: textOf(section, '.panel__title'),
    subtitle: textOf(section, '.panel__subtitle'),
    notes: textOf(section, '.panel__notes'),
    sourceLine: textOf(section, '.panel__sources'),
    // The panel's own date: the newest figure it shows, not the dataset's.
    newest: newestShown(section),
    madeOn: todayIso(),
    url,
    customLabel,
    qualifiers: QUALIFIERS.filter((q) => used.has(q)),
    series: keyOf(section, '.series-key'),
    legend: keyOf(section, '.chart-legend'),
    reportNote: reportNote(claims, dataset),
    sources: sourceIds.flatMap((id) => {
      const source = index.sources.get(id);
      return source ? [{ title: source.title, publisher: source.publisher, url: source.url }] : [];
    }),
  };
}

/**
 * The chart to export: one the panel marks; or its charts, stacked under their headings when
 * there are several (small multiples); or else its largest drawing.
 */
export function chartOf(section: Element, headingColour: string): SVGSVGElement | null {
  const marked = section.querySelector<SVGSVGElement>('svg[data-export-chart]');
  if (marked) return marked;
  const charts = [...section.querySelectorAll<SVGSVGElement>('.panel__body svg.recharts-surface')];
  if (charts.length > 1)
    return stackCharts(
      charts.map((chart) => ({
        heading:
          chart.closest('.small-multiple')?.querySelector('.chart-heading')?.textContent ?? '',
        chart,
      })),
      headingColour,
    );
  if (charts.length === 1) return charts[0]!;
  const all = [...section.querySelectorAll<SVGSVGElement>('.panel__body svg')];
  const area = (svg: SVGSVGElement) => {
    const { width, height } = svg.getBoundingClientRect();
    return width * height;
  };
  return all.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** What the R on a mark means, when the panel shows any of the report's figures. */
function reportNote(claims: readonly Claim[], dataset: Dataset): string | undefined {
  const report = dataset.sources.find((s) => s.id === dataset.report);
  if (!report || !claims.some((c) => c.source === report.id)) return undefined;
  return withStop(
    t('export.reportNote', {
      publisher: report.publisher,
      date: report.published ? `, ${formatDate(report.published)}` : '',
    }),
  );
}
