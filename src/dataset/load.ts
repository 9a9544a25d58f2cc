import type { Dataset } from './schema';
import type { DatasetProblem } from './validate';
import { parseDatasetText } from './parse';
import { phrase, problem, SaidError, type Phrase } from './problem';
import { MAX_DATASET_BYTES } from './limits';

export { MAX_DATASET_BYTES };

/** The file arrived but is not a valid dataset: retrying will not help. */
export class DatasetInvalidError extends SaidError {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    super(phrase('problem.summary', { count: problems.length }));
    this.name = 'DatasetInvalidError';
    this.problems = problems;
  }
}

/** The file could not be fetched (network, HTTP status): a retry may help. */
export class DatasetFetchError extends SaidError {
  readonly status: number | undefined;
  constructor(message: string | Phrase, status?: number) {
    super(message);
    this.name = 'DatasetFetchError';
    this.status = status;
  }
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_DATASET_BYTES) throw tooLarge();
  const text = await response.text();
  if (new TextEncoder().encode(text).length > MAX_DATASET_BYTES) throw tooLarge();
  return text;
}

function tooLarge() {
  return new DatasetInvalidError([
    problem(
      '(file)',
      phrase('problem.file.tooLargeUnread', { max: MAX_DATASET_BYTES / 1024 / 1024 }),
    ),
  ]);
}

/** A dataset read and validated, and the older version it was migrated from, if it was. */
export interface LoadedDataset {
  dataset: Dataset;
  migratedFrom: number | undefined;
}

/** Fetches a dataset and validates it at the edge: what comes back is safe to show. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  return (await fetchLoadedDataset(url, signal)).dataset;
}

/** Fetches a dataset, validates it, and says whether it was migrated from an older version. */
export async function fetchLoadedDataset(
  url: string,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetFetchError(phrase('problem.fetch.unreachable', { url }));
  }
  if (!response.ok)
    throw new DatasetFetchError(
      response.status === 404
        ? phrase('problem.fetch.notFound', { url })
        : phrase('problem.fetch.status', { url, status: String(response.status) }),
      response.status,
    );
  const result = parseDatasetText(await readCapped(response));
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  return { dataset: result.dataset, migratedFrom: result.migratedFrom };
}
