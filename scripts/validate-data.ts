import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDatasetText } from '../src/dataset/parse.ts';
import { missingReleasedClaims } from './release-files.ts';

const name = process.argv[2] ?? 'data/dataset.json';
/** The published file must keep every claim it ever released; a researcher's own file need not. */
const published = process.argv[2] === undefined;
const file = resolve(name);

const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
  console.error(`${name}: cannot read the file (${error.code ?? error.message})`);
  process.exit(1);
});
const parsed = parseDatasetText(text);
const missing = parsed.ok && published ? missingReleasedClaims(parsed.dataset) : [];
const result =
  missing.length === 0
    ? parsed
    : {
        ok: false as const,
        problems: missing.map((id) => ({
          path: 'claims',
          message: `expected the released claim "${id}"; a published claim is withdrawn ("retracted"), never removed`,
        })),
      };
if (result.ok) {
  const { claims, sources, claimants, places, events } = result.dataset;
  console.log(
    `${name}: valid (${claims.length} claims, ${sources.length} sources, ${claimants.length} claimants, ${places.length} places, ${events.length} events)`,
  );
} else {
  console.error(
    `${name}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
  );
  for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
  process.exit(1);
}
