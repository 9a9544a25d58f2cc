import { parse } from '@formatjs/icu-messageformat-parser';

/**
 * Parts of the English catalogue, by the prefixes of their keys, that only one panel or page
 * speaks, compiled apart and brought by that code (src/panels/map/map-messages.ts,
 * src/panels/claims/ledger-messages.ts, src/app/brief-messages.ts, src/app/method-messages.ts,
 * src/i18n/dashboard-messages.ts), so that a chart's embed carries none of them. The other
 * languages load whole, once, before the page draws.
 *
 * `problem` is the exception: the words of a dataset's problems (src/dataset/problem.ts), brought
 * by the validation code itself wherever it runs, embeds and node scripts included, for the
 * English of every problem is written from them. It saves nothing on the page; it keeps them out
 * of the main catalogue and with the code that needs them.
 */
export const ENGLISH_PARTS = {
  map: ['map'],
  ledger: ['ledger'],
  brief: ['brief'],
  method: ['method'],
  /** Sections of the dashboard drawn after its first load: the selected claim, what changed. */
  dashboard: ['claimDetails', 'changes'],
  problem: ['problem'],
} as const;
const PART_NAMES = Object.keys(ENGLISH_PARTS) as (keyof typeof ENGLISH_PARTS)[];

/** The compiled files of a language's catalogue, by file name. */
export function compiledFiles(lang: string, catalogue: Record<string, string>) {
  if (lang !== 'en') return { [`${lang}.json`]: compileCatalogue(catalogue) };
  const partOf = (id: string) =>
    PART_NAMES.find((part) =>
      ENGLISH_PARTS[part].some((prefix: string) => id.startsWith(`${prefix}.`)),
    );
  const pick = (part: string | undefined) =>
    compileCatalogue(
      Object.fromEntries(Object.entries(catalogue).filter(([id]) => partOf(id) === part)),
    );
  return {
    'en.json': pick(undefined),
    ...Object.fromEntries(PART_NAMES.map((part) => [`en.${part}.json`, pick(part)])),
  };
}

/** A catalogue's messages parsed into trees, as the text of the compiled file. */
export function compileCatalogue(catalogue: Record<string, string>): string {
  const trees = Object.fromEntries(
    Object.entries(catalogue).map(([id, message]) => [id, parse(message)]),
  );
  return `${JSON.stringify(trees)}\n`;
}
