import type { Dataset } from './schema';
import type { DatasetProblem } from './validate';
import { parseDatasetText } from './parse';

/** Larger than any plausible claims file; a bigger response is refused unread. */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

/** The file arrived but is not a valid dataset: retrying will not help. */
export class DatasetInvalidError extends Error {
  readonly problems: DatasetProblem[];
  constructor(problems: DatasetProblem[]) {
    super(
      `The dataset is not valid: ${problems.length} problem${problems.length === 1 ? '' : 's'} found.`,
    );
    this.name = 'DatasetInvalidError';
    this.problems = problems;
  }
}

/** The file could not be fetched (network, HTTP status): a retry may help. */
export class DatasetFetchError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
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
    {
      path: '(file)',
      message: `expected a file of at most ${MAX_DATASET_BYTES / 1024 / 1024} MB; this one is larger`,
    },
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
    throw new DatasetFetchError(`Could not reach ${url}: the network request failed.`);
  }
  if (!response.ok)
    throw new DatasetFetchError(
      response.status === 404
        ? `No dataset at ${url} (HTTP 404 Not Found).`
        : `The server answered HTTP ${response.status} for ${url}.`,
      response.status,
    );
  const result = parseDatasetText(await readCapped(response));
  if (!result.ok) throw new DatasetInvalidError(result.problems);
  return { dataset: result.dataset, migratedFrom: result.migratedFrom };
}
