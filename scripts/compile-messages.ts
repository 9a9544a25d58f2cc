/**
 * Compiles each language's catalogue (src/i18n/messages/<lang>.json, ICU messages) into the
 * message trees the page formats from (src/i18n/compiled/<lang>.json), so that the page carries
 * no message parser. `npm run build` runs it; a unit test fails when a compiled file is stale.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compiledFiles } from '../src/i18n/compile.ts';

const root = resolve(import.meta.dirname, '../src/i18n');
for (const file of readdirSync(resolve(root, 'messages')).filter((f) => f.endsWith('.json'))) {
  const catalogue = JSON.parse(readFileSync(resolve(root, 'messages', file), 'utf8'));
  for (const [name, text] of Object.entries(compiledFiles(file.replace(/\.json$/, ''), catalogue)))
    writeFileSync(resolve(root, 'compiled', name), text);
}
