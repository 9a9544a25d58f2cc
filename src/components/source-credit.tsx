import type { Dataset, Source } from '../dataset/schema';
import { originalOutlet } from '../dataset/source-credit';
import { SourceLink } from './source-link';
import { t } from '../i18n/messages';
import { richText } from '../i18n/rich';

/**
 * A claim's source as a reader should weigh it: the outlet that reported it first, "via" the one
 * cited when that one carries another's report, and the archive's copy where one is kept.
 */
export function SourceCredit({
  dataset,
  source,
  link = true,
}: {
  dataset: Dataset;
  source: Source;
  /** False in a tooltip the pointer cannot reach: the same words, as text. */
  link?: boolean;
}) {
  const original = originalOutlet(dataset, source);
  const via = original !== undefined && original !== source.publisher;
  const outlet = link ? <SourceLink source={source} /> : source.publisher;
  return (
    <span className="source-credit">
      {via ? richText('source.via', { original, outlet }) : outlet}
      {link && source.archived !== undefined && (
        <>
          {' '}
          (
          <a href={source.archived} target="_blank" rel="noopener noreferrer">
            {t('source.archived')}
          </a>
          )
        </>
      )}
    </span>
  );
}
