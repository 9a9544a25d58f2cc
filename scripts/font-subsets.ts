/** The fonts each language ships, and where the subsetting script takes them from. */
export const FONT_SOURCES = {
  cyrillic: {
    locale: 'uk',
    script: /\p{Script=Cyrillic}/u,
    files: {
      400: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
      700: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    },
  },
  hangul: {
    locale: 'ko',
    script: /\p{Script=Hangul}/u,
    files: {
      400: '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
      700: '/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf',
    },
  },
} as const;

/**
 * Every character of one script in these texts, each once, in code point order, with the capital
 * of each letter: headings set in capitals by CSS need them.
 */
export function fontCharacters(script: RegExp, texts: readonly string[]): string {
  const chars = new Set<string>();
  for (const text of texts)
    for (const char of text)
      if (script.test(char)) for (const form of [char, char.toUpperCase()]) chars.add(form);
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

type Named = { names?: Partial<Record<string, string>> };
type UnitWords = { amount?: string; words: string | Record<string, string> };
type Units = { names: Partial<Record<string, UnitWords>> }[];

/**
 * The published dataset's names in one language (claimants, places, measures) and its words for
 * units: the language's pages show them, so its fonts must draw them too.
 */
export function datasetNames(
  dataset: { claimants: Named[]; places: Named[]; measures?: Named[]; units?: Units },
  locale: string,
): string[] {
  const names = [...dataset.claimants, ...dataset.places, ...(dataset.measures ?? [])].flatMap(
    (record) => record.names?.[locale] ?? [],
  );
  const units = (dataset.units ?? []).flatMap(({ names }) => {
    const words = names[locale];
    if (words === undefined) return [];
    const phrases = typeof words.words === 'string' ? [words.words] : Object.values(words.words);
    return [...phrases, words.amount ?? ''];
  });
  return [...names, ...units];
}
