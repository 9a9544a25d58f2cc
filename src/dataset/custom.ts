import { fetchLoadedDataset, MAX_DATASET_BYTES, type LoadedDataset } from './load';
import { parseDatasetText } from './parse';
import { phrase, phraseText, problem, SaidError, type Phrase } from './problem';
import type { ValidationResult } from './validate';

/** How long a researcher's dataset may take to arrive before we give up and say so. */
export const CUSTOM_FETCH_TIMEOUT_MS = 15_000;

/** Reads a file the researcher picked or dropped; refuses an oversized one unread. */
export async function readDatasetFile(file: Blob): Promise<ValidationResult> {
  if (file.size > MAX_DATASET_BYTES)
    return {
      ok: false,
      problems: [
        problem(
          '(file)',
          phrase('problem.file.tooLarge', {
            max: MAX_DATASET_BYTES / 1024 / 1024,
            size: (file.size / 1024 / 1024).toFixed(1),
          }),
        ),
      ],
    };
  return parseDatasetText(await file.text());
}

export type DataUrlCheck = { ok: true; url: URL } | { ok: false; message: string; said: Phrase };

const refused = (said: Phrase): DataUrlCheck => ({
  ok: false,
  message: phraseText(said, 'en'),
  said,
});

/**
 * Accepts an http(s) address or a path on this site for ?data=; refuses anything else
 * (javascript:, data:, file:, blob:) before any request is made.
 */
export function checkDataUrl(raw: string, base: string): DataUrlCheck {
  const text = raw.trim();
  if (text === '') return refused(phrase('problem.link.empty'));
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return refused(phrase('problem.link.notAddress', { text: text.slice(0, 80) }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return refused(phrase('problem.link.protocol', { protocol: url.protocol.replace(':', '') }));
  return { ok: true, url };
}

/** A short, honest name for where a custom dataset came from: a file name or a host. */
export function originLabel(url: URL, pageOrigin: string): string {
  return url.origin === pageOrigin ? url.pathname : url.host;
}

/** Fetches a researcher's dataset with a time limit, and validates it like the published one. */
export async function fetchCustomDataset(url: URL, signal?: AbortSignal): Promise<LoadedDataset> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, CUSTOM_FETCH_TIMEOUT_MS);
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward);
  try {
    return await fetchLoadedDataset(url.href, controller.signal);
  } catch (error) {
    if (timedOut)
      throw new SaidError(
        phrase('problem.timeout', { host: url.host, seconds: CUSTOM_FETCH_TIMEOUT_MS / 1000 }),
      );
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}
