import { parse } from '@formatjs/icu-messageformat-parser';

/**
 * Parts of the English catalogue that only one panel speaks, compiled apart and brought by that
 * panel's code (src/panels/map/map-messages.ts, src/panels/claims/ledger-messages.ts), so that a
 * chart's embed carries none of them. The other languages load whole, once, before the page draws.
 */
export const ENGLISH_PARTS = ['map', 'ledger'] as const;

/** The compiled files of a language's catalogue, by file name. */
export function compiledFiles(lang: string, catalogue: Record<string, string>) {
  if (lang !== 'en') return { [`${lang}.json`]: compileCatalogue(catalogue) };
  const partOf = (id: string) => ENGLISH_PARTS.find((part) => id.startsWith(`${part}.`));
  const pick = (part: string | undefined) =>
    compileCatalogue(
      Object.fromEntries(Object.entries(catalogue).filter(([id]) => partOf(id) === part)),
    );
  return {
    'en.json': pick(undefined),
    ...Object.fromEntries(ENGLISH_PARTS.map((part) => [`en.${part}.json`, pick(part)])),
  };
}

/** A catalogue's messages parsed into trees, as the text of the compiled file. */
export function compileCatalogue(catalogue: Record<string, string>): string {
  const trees = Object.fromEntries(
    Object.entries(catalogue).map(([id, message]) => [id, parse(message)]),
  );
  return `${JSON.stringify(trees)}\n`;
}
