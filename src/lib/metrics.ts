import type { Dataset, Measure } from '../dataset/schema';
import { lookup, type AttributedClaim } from '../dataset/lookup';
import { localName, type LocalName } from '../i18n/data-lang';
import { pageLocale } from '../i18n/locale';
import { hasMessage, t } from '../i18n/messages';

/**
 * A metric's name in the page's language: the dataset's own measure where it names one; for a
 * file without measures (of a version before 3), the catalogues' "metric.<slug>" names of the
 * published metrics; an unknown slug spelled out, in English.
 */
export function measureName(measure: Measure | undefined, metric: string): LocalName {
  if (measure !== undefined) return localName(measure);
  const id = `metric.${metric}`;
  if (hasMessage(id)) return { text: t(id), lang: pageLocale(), translated: true };
  const spaced = metric.replace(/-/g, ' ');
  const text = spaced.charAt(0).toUpperCase() + spaced.slice(1);
  return { text, lang: 'en', translated: pageLocale() === 'en' };
}

export const metricName = (dataset: Dataset, metric: string): LocalName =>
  measureName(lookup(dataset).measures.get(metric), metric);

export const metricLabel = (dataset: Dataset, metric: string): string =>
  metricName(dataset, metric).text;

/** The name of what an attributed claim counts. */
export const claimMeasure = ({ measure, claim }: AttributedClaim): string =>
  measureName(measure, claim.metric).text;
