import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../dataset/schema';
import { DatasetFetchError, DatasetInvalidError } from '../dataset/load';
import { DatasetProblems } from './dataset-problems';
import { t } from '../i18n/messages';
import { errorText } from '../dataset/problem';
import { pageLocale } from '../i18n/locale';

/** What the dashboard says while the dataset loads, or why it could not load. */
export function DatasetStatus({ query }: { query: UseQueryResult<Dataset> }) {
  if (query.isError) {
    const { error } = query;
    return (
      <div className="status status--error" role="alert">
        <h2>{t('status.notLoaded')}</h2>
        {error instanceof DatasetInvalidError ? (
          <>
            <p>{t('status.firstProblems', { message: errorText(error, pageLocale()) })}</p>
            <DatasetProblems problems={error.problems} />
          </>
        ) : (
          <p>
            {error instanceof DatasetFetchError
              ? errorText(error, pageLocale())
              : t('status.unexpected', { message: error.message })}
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          {t(query.isFetching ? 'status.retrying' : 'status.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="status" role="status">
      <p>
        {query.failureCount > 0
          ? t('status.loadingAttempt', { attempt: query.failureCount + 1 })
          : t('status.loading')}
      </p>
    </div>
  );
}
