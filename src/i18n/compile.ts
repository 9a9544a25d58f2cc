import { parse } from '@formatjs/icu-messageformat-parser';

/** A catalogue's messages parsed into trees, as the text of the compiled file. */
export function compileCatalogue(catalogue: Record<string, string>): string {
  const trees = Object.fromEntries(
    Object.entries(catalogue).map(([id, message]) => [id, parse(message)]),
  );
  return `${JSON.stringify(trees)}\n`;
}
