/** npm run data:release: makes a release of data/dataset.json, or says why it will not. */
import { makeRelease, ReleaseRefused } from './release-files.ts';

try {
  const { id, history } = makeRelease();
  const release = history.releases.at(-1)!;
  console.log(
    `released ${id}: ${release.claims} claims, ${release.added.length} added, ${release.changed.length} changed, ${release.retracted.length} withdrawn since ${release.previous ?? 'nothing'}.`,
  );
  console.log(
    'wrote data/releases/' +
      id +
      '.json, data/releases/SHA256SUMS, data/changes.json and data/CHANGELOG.md',
  );
} catch (error) {
  if (!(error instanceof ReleaseRefused)) throw error;
  console.error(`no release made: ${error.message}`);
  process.exit(1);
}
