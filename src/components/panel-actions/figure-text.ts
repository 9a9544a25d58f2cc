import type { Claim, Dataset, Qualifier } from '../../dataset/schema';
import { QUALIFIERS } from '../../dataset/schema';
import { lookup } from '../../dataset/lookup';
import type { FigureText } from '../../lib/export-svg';

const textOf = (section: Element, selector: string) =>
  (section.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

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
    asOf: dataset.updated,
    url,
    customLabel,
    qualifiers: QUALIFIERS.filter((q) => used.has(q)),
    sources: sourceIds.flatMap((id) => {
      const source = index.sources.get(id);
      return source ? [{ title: source.title, publisher: source.publisher, url: source.url }] : [];
    }),
  };
}

/** The chart to export: one the panel marks, or else its largest drawing. */
export function chartOf(section: Element): SVGSVGElement | null {
  const marked = section.querySelector<SVGSVGElement>('svg[data-export-chart]');
  if (marked) return marked;
  const all = [...section.querySelectorAll<SVGSVGElement>('.panel__body svg')];
  const area = (svg: SVGSVGElement) => {
    const { width, height } = svg.getBoundingClientRect();
    return width * height;
  };
  return all.sort((a, b) => area(b) - area(a))[0] ?? null;
}
