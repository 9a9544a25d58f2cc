import { latestRelease } from '../dataset/releases';
import { useReleaseHistory } from '../dataset/release-history';
import { useDatasetOrigin, usePinnedRelease } from '../store';

/**
 * The release of the dataset on screen, and the newer one when the page is pinned to an older
 * release; undefined for a researcher's own file, or before the releases are known.
 */
export function useShownRelease(): { id: string; newer: string | undefined } | undefined {
  const { data: history } = useReleaseHistory();
  const pinned = usePinnedRelease();
  const origin = useDatasetOrigin();
  const latest = history && latestRelease(history)?.id;
  if (origin.kind !== 'published' || latest === undefined) return undefined;
  const id = pinned ?? latest;
  return { id, newer: id < latest ? latest : undefined };
}
