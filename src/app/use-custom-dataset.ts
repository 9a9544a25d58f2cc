import { useCallback, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { checkDataUrl, fetchCustomDataset, originLabel, readDatasetFile } from '../dataset/custom';
import { DatasetInvalidError } from '../dataset/load';
import type { Dataset } from '../dataset/schema';
import type { DatasetProblem } from '../dataset/validate';
import { dashboardActions } from '../store';
import { publishedDatasetUrl } from './use-published-dataset';
import { forgetCustomFile, rememberCustomFile } from './custom-session';
import { errorText, phrase, phraseText } from '../dataset/problem';
import { pageLocale } from '../i18n/locale';

/** Why a researcher's dataset was refused: where it came from, and what is wrong with it. */
export interface CustomDatasetFailure {
  /** Tells one failure from the next, so that dismissing one does not hide the next. */
  key: string;
  from: string;
  /** What is wrong, in the page's language. */
  message: string;
  problems: DatasetProblem[];
}

function failureOf(from: string, error: unknown): CustomDatasetFailure {
  const key = `link:${from}`;
  const message = errorText(error, pageLocale());
  if (error instanceof DatasetInvalidError) return { key, from, message, problems: error.problems };
  return { key, from, message, problems: [] };
}

const dataParam = () =>
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('data');

/**
 * Loads a researcher's own dataset, from a file or from ?data=<url>. A valid one replaces the
 * published figures under a banner; an invalid one is refused with its problems, and the
 * published figures stay on screen.
 */
export function useCustomDataset() {
  const queryClient = useQueryClient();
  const [fileFailure, setFileFailure] = useState<CustomDatasetFailure | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [param] = useState(dataParam);
  const check = param === null ? null : checkDataUrl(param, window.location.href);
  const url = check?.ok ? check.url : null;

  const linked = useQuery({
    queryKey: ['custom-dataset', url?.href],
    enabled: url !== null,
    queryFn: async ({ signal }) => {
      if (url === null) throw new Error('no data link');
      const { dataset, migratedFrom } = await fetchCustomDataset(url, signal);
      dashboardActions().datasetLoaded(dataset, {
        kind: 'custom',
        label: originLabel(url, window.location.origin),
        via: 'link',
        url: param ?? url.href,
        migratedFrom,
      });
      return dataset;
    },
  });

  const loadFile = useCallback(async (file: File) => {
    const result = await readDatasetFile(file);
    if (result.ok) {
      setFileFailure(null);
      dashboardActions().datasetLoaded(result.dataset, {
        kind: 'custom',
        label: file.name,
        via: 'file',
        migratedFrom: result.migratedFrom,
      });
      rememberCustomFile(file.name, await file.text());
    } else {
      setFileFailure({
        key: `file:${file.name}:${Date.now()}`,
        from: file.name,
        message: phraseText(
          phrase('problem.fileSummary', { file: file.name, count: result.problems.length }),
          pageLocale(),
        ),
        problems: result.problems,
      });
    }
  }, []);

  const backToPublished = useCallback(() => {
    forgetCustomFile();
    const published = queryClient.getQueryData<Dataset>(['dataset', publishedDatasetUrl()]);
    const params = new URLSearchParams(window.location.search);
    if (params.has('data')) {
      params.delete('data');
      const search = params.toString();
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`,
      );
    }
    if (published) dashboardActions().datasetLoaded(published, { kind: 'published' });
    else void queryClient.refetchQueries({ queryKey: ['dataset', publishedDatasetUrl()] });
  }, [queryClient]);

  let failure: CustomDatasetFailure | null = fileFailure;
  if (failure === null && check !== null && !check.ok)
    failure = {
      key: 'link',
      from: param ?? '',
      message: phraseText(check.said, pageLocale()),
      problems: [],
    };
  if (failure === null && linked.isError) failure = failureOf(url?.host ?? '', linked.error);
  if (failure !== null && failure.key === dismissed) failure = null;
  const shown = failure;

  return {
    loadFile,
    backToPublished,
    failure,
    loadingFrom: linked.isFetching && url ? url.host || url.pathname : null,
    dismissFailure: () => setDismissed(shown?.key ?? null),
  };
}
