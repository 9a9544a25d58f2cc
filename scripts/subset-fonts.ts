/**
 * Makes the fonts the Ukrainian and Korean pages ship (public/fonts/): DejaVu Sans cut down to
 * the Cyrillic letters, and Nanum Gothic to the Hangul syllables, that the catalogues, the
 * language switch and the published dataset's names use, regular and bold, as WOFF2. Each page loads only its own language's pair,
 * so English pages load none. public/fonts/coverage.json lists the characters each font has: a
 * unit test fails when a catalogue uses one that is missing, so run this after changing them.
 *
 * Needs fontTools with Brotli (Debian: apt-get install python3-fonttools python3-brotli) and the
 * fonts (fonts-dejavu-core, fonts-nanum); PYTHON names another Python than /usr/bin/python3.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetNames, fontCharacters, FONT_SOURCES } from './font-subsets.ts';

const root = resolve(import.meta.dirname, '..');
const dataset = JSON.parse(readFileSync(resolve(root, 'data/dataset.json'), 'utf8'));
const coverage: Record<string, string> = {};
for (const [name, font] of Object.entries(FONT_SOURCES)) {
  const text = fontCharacters(font.script, [
    readFileSync(resolve(root, `src/i18n/messages/${font.locale}.json`), 'utf8'),
    readFileSync(resolve(root, 'src/i18n/locale.ts'), 'utf8'),
    ...datasetNames(dataset, font.locale),
  ]);
  for (const [weight, file] of Object.entries(font.files)) {
    execFileSync(process.env.PYTHON ?? '/usr/bin/python3', [
      '-m',
      'fontTools.subset',
      file,
      `--text=${text}`,
      '--flavor=woff2',
      '--layout-features=*',
      '--no-hinting',
      '--desubroutinize',
      `--output-file=${resolve(root, `public/fonts/${name}-${weight}.woff2`)}`,
    ]);
  }
  coverage[name] = text;
}
writeFileSync(
  resolve(root, 'public/fonts/coverage.json'),
  `${JSON.stringify(coverage, null, 2)}\n`,
);
