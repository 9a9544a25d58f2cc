import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../dataset/schema';
import { DatasetFetchError, DatasetInvalidError } from '../dataset/load';
import { DatasetProblems } from './dataset-problems';

/** What the dashboard says while the dataset loads, or why it could not load. */
export function DatasetStatus({ query }: { query: UseQueryResult<Dataset> }) {
  if (query.isError) {
    const { error } = query;
    return (
      <div className="status status--error" role="alert">
        <h2>The dataset could not be loaded</h2>
        {error instanceof DatasetInvalidError ? (
          <>
            <p>{error.message} The first problems:</p>
            <DatasetProblems problems={error.problems} />
          </>
        ) : (
          <p>
            {error instanceof DatasetFetchError
              ? error.message
              : `Unexpected error: ${error.message}`}
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
  return (
    <div className="status" role="status">
      <p>
        {query.failureCount > 0
          ? `Loading the dataset… (attempt ${query.failureCount + 1})`
          : 'Loading the dataset…'}
      </p>
    </div>
  );
}
