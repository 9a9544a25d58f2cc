import type { Source } from '../dataset/schema';

/** A link to a source that opens apart from the dashboard and tells the target nothing about us. */
export function SourceLink({ source, children }: { source: Source; children?: React.ReactNode }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
      {children ?? source.publisher}
    </a>
  );
}
