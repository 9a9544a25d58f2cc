import { hasMessage, t } from '../i18n/messages';

/**
 * A metric slug's name in the page's language (the catalogues' "metric.<slug>" keys name the
 * published dataset's metrics); an unknown slug is spelled out.
 */
export function metricLabel(metric: string): string {
  const id = `metric.${metric}`;
  if (hasMessage(id)) return t(id);
  const spaced = metric.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
