import type { Dataset, Source } from './schema';
import { lookup } from './lookup';
import { t } from '../i18n/messages';

/**
 * The outlet whose reporting a source carries, followed through relays to its end: a summary of a
 * syndicated copy of the Wall Street Journal's article names the Journal. Undefined for a source
 * that is its own reporting.
 */
export function originalOutlet(dataset: Dataset, source: Source): string | undefined {
  const { sources } = lookup(dataset);
  let current = source;
  const seen = new Set<string>([source.id]);
  for (;;) {
    if (current.relaysOutlet !== undefined) return current.relaysOutlet;
    const next = current.relays === undefined ? undefined : sources.get(current.relays);
    if (next === undefined || seen.has(next.id))
      return current === source ? undefined : current.publisher;
    seen.add(next.id);
    current = next;
  }
}

/** "The Wall Street Journal via Euromaidan Press", or the publisher alone: how a claim's source is credited. */
export function sourceCreditText(dataset: Dataset, source: Source): string {
  const original = originalOutlet(dataset, source);
  return original === undefined || original === source.publisher
    ? source.publisher
    : t('source.via', { original, outlet: source.publisher });
}
