/**
 * Where a release of the dataset is served: the latest at the site's root, every release (the
 * latest too) pinned at /v/<id>/, with its embeds at /v/<id>/embed/<panel>/.
 */
const PINNED = /\/v\/(\d{4}-\d{2}-\d{2})\//;

/** The release a page's address pins, or null for the latest. */
export function releaseFromPath(pathname: string): string | null {
  return PINNED.exec(pathname)?.[1] ?? null;
}

/** The root of the dashboard that shows a release: the site itself for the latest. */
export const releaseRoot = (site: string, release: string | null) =>
  release === null ? site : `${site}v/${release}/`;

/** Where a page fetches its dataset: the published file, or a release kept as it was. */
export const datasetUrlFor = (base: string, release: string | null) =>
  release === null ? `${base}data/dataset.json` : `${base}data/releases/${release}.json`;

/** The address of the same page at another release (or the latest), keeping its view. */
export function pageAtRelease(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  base: string,
  release: string | null,
): string {
  const rest = location.pathname.replace(PINNED, '/').slice(base.length - 1);
  const tail = rest.startsWith('/') ? rest.slice(1) : rest;
  return `${releaseRoot(base, release)}${tail}${location.search}${location.hash}`;
}
