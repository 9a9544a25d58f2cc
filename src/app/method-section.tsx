import type { Dataset, Source } from '../dataset/schema';
import { QUALIFIERS } from '../dataset/schema';
import { formatDate, formatFigure, qualifierMeaning } from '../lib/format';
import { SourceLink } from '../components/source-link';
import { DataText } from '../components/data-text';
import { t } from './method-messages';
import { richText } from '../i18n/rich';

const EXAMPLE_VALUE = { value: 100, unit: 'killed' } as const;

const BASE = import.meta.env.BASE_URL;

/**
 * One source as a reference: "Title. Publisher, Author, 23 December 2024. Note". The title,
 * outlet, author and note are the dataset's, in English; the date is the page's.
 */
function SourceEntry({ source: s }: { source: Source }) {
  const date = s.published ? formatDate(s.published) : undefined;
  return (
    <>
      <SourceLink source={s}>
        <DataText>{s.title}</DataText>
      </SourceLink>
      . <DataText>{s.publisher}</DataText>
      {s.author ? (
        <>
          , <DataText>{s.author}</DataText>
        </>
      ) : (
        ''
      )}
      {date ? `, ${date}` : ''}
      {/* A date that ends in an abbreviation ("2024 р.") has its stop already. */}
      {date?.endsWith('.') ? '' : '.'}
      {s.note ? (
        <>
          {' '}
          <DataText>{s.note}</DataText>
        </>
      ) : (
        ''
      )}
    </>
  );
}

/** How to read the figures, and every source the dataset cites. */
export function MethodSection({ dataset }: { dataset: Dataset }) {
  const sources = [...dataset.sources].sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? ''),
  );
  const level = (confidence: 'high' | 'medium' | 'low') => (
    <strong>{t(`confidence.${confidence}`)}</strong>
  );
  return (
    <section id="method" className="method" aria-labelledby="method-title">
      <h2 id="method-title">{t('method.title')}</h2>
      <p>{richText('method.intro', { derived: <em>{t('claim.tagDerived')}</em> })}</p>
      <h3>{t('method.qualifiers')}</h3>
      <dl className="qualifiers">
        {QUALIFIERS.map((q) => (
          <div key={q}>
            <dt>
              {formatFigure(
                q === 'between'
                  ? { ...EXAMPLE_VALUE, low: 50, qualifier: q }
                  : { ...EXAMPLE_VALUE, qualifier: q },
              )}
            </dt>
            <dd>{qualifierMeaning(q)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('method.confidence')}</h3>
      <p>
        {richText('method.confidenceHigh', { level: level('high') })}{' '}
        {richText('method.confidenceMedium', { level: level('medium') })}{' '}
        {richText('method.confidenceLow', { level: level('low') })}
      </p>
      <h3>{t('method.sources', { count: sources.length })}</h3>
      <ol className="source-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceEntry source={s} />
          </li>
        ))}
      </ol>
      <p>
        {richText('method.data', {
          dataset: <a href={`${BASE}data/dataset.json`}>dataset.json</a>,
          schema: <a href={`${BASE}data/dataset.schema.json`}>{t('method.schema')}</a>,
        })}
      </p>
    </section>
  );
}
