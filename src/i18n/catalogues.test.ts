import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import en from './messages/en.json';
import ko from './messages/ko.json';
import uk from './messages/uk.json';
import { compiledFiles } from './compile';
import { datasetNames, fontCharacters, FONT_SOURCES } from '../../scripts/font-subsets';

const CATALOGUES: Record<string, Record<string, string>> = { en, uk, ko };

/** The names of a message's arguments, plural and select ones included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

describe.each(Object.keys(CATALOGUES))('the %s catalogue', (lang) => {
  const catalogue = CATALOGUES[lang]!;

  it('has every key of the English catalogue and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('has messages that compile and use only the arguments English gives them', () => {
    for (const [key, message] of Object.entries(catalogue)) {
      const args = argumentsOf(parse(message));
      const given = argumentsOf(parse(en[key as keyof typeof en]));
      // Korean names no plural forms, so it may leave out the count English keeps.
      expect(
        [...args].filter((a) => !given.has(a) && a !== 'count'),
        key,
      ).toEqual([]);
      expect(() => new IntlMessageFormat(message, lang).format({}), key).not.toThrow(SyntaxError);
    }
  });
});

describe('the compiled catalogues', () => {
  it.each(Object.keys(CATALOGUES))('match the %s messages (npm run i18n:compile)', (lang) => {
    for (const [name, text] of Object.entries(compiledFiles(lang, CATALOGUES[lang]!)))
      expect(readFileSync(resolve(__dirname, 'compiled', name), 'utf8'), name).toBe(text);
  });
});

describe('the shipped fonts', () => {
  const coverage = JSON.parse(
    readFileSync(resolve(__dirname, '../../public/fonts/coverage.json'), 'utf8'),
  ) as Record<string, string>;
  const names = readFileSync(resolve(__dirname, 'locale.ts'), 'utf8');
  const dataset = JSON.parse(readFileSync(resolve(__dirname, '../../data/dataset.json'), 'utf8'));

  it.each(Object.entries(FONT_SOURCES))('draw every %s letter the interface uses', (name, font) => {
    const needed = fontCharacters(font.script, [
      JSON.stringify(CATALOGUES[font.locale]),
      names,
      ...datasetNames(dataset, font.locale),
    ]);
    const missing = [...needed].filter((c) => !coverage[name]!.includes(c));
    expect(missing, 'run npm run fonts').toEqual([]);
  });
});
