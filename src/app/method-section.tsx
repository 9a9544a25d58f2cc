import type { Dataset } from '../dataset/schema';
import { QUALIFIERS } from '../dataset/schema';
import { formatDate, formatFigure, qualifierMeaning } from '../lib/format';
import { SourceLink } from '../components/source-link';

const EXAMPLE_VALUE = { value: 100, unit: 'killed' } as const;

/** How to read the figures, and every source the dataset cites. */
export function MethodSection({ dataset }: { dataset: Dataset }) {
  const sources = [...dataset.sources].sort((a, b) =>
    (b.published ?? '').localeCompare(a.published ?? ''),
  );
  return (
    <section id="method" className="method" aria-labelledby="method-title">
      <h2 id="method-title">Sources and method</h2>
      <p>
        Every figure here is a claim: a number as someone stated it, with its qualifier, the
        claimant, the outlet that reported it and the date. Conflicting claims stay side by side;
        nothing is averaged, interpolated or rounded. A value computed from other claims is marked{' '}
        <em>derived</em> and says how.
      </p>
      <h3>Qualifiers</h3>
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
      <h3>Confidence</h3>
      <p>
        <strong>High</strong>: primary or official, or several independent reports agree.{' '}
        <strong>Medium</strong>: one reputable secondary report. <strong>Low</strong>: an
        aggregator, an ambiguous report, or an inference.
      </p>
      <h3>Sources ({sources.length})</h3>
      <ol className="source-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceLink source={s}>{s.title}</SourceLink>. {s.publisher}
            {s.author ? `, ${s.author}` : ''}
            {s.published ? `, ${formatDate(s.published)}` : ''}.{s.note ? ` ${s.note}` : ''}
          </li>
        ))}
      </ol>
      <p>
        The data: <a href={`${import.meta.env.BASE_URL}data/dataset.json`}>dataset.json</a> and its{' '}
        <a href={`${import.meta.env.BASE_URL}data/dataset.schema.json`}>JSON Schema</a>.
      </p>
    </section>
  );
}
