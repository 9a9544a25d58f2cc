import part from '../i18n/compiled/en.problem.json';
import { addEnglishMessages, hasMessage, tIn, type MessageId } from '../i18n/messages';
import type { Locale } from '../i18n/locale';

// The English of every problem is written from these messages, wherever validation runs: the
// page, an embed, the command line (src/i18n/compile.ts).
addEnglishMessages(part);

/** A message of the catalogues that says what is wrong with a dataset, or a part of one. */
export type ProblemId = Extract<MessageId, `problem.${string}`>;

/**
 * A value in a problem's message: the dataset's own text or a number, shown as it is in every
 * language, or words of the catalogues ("a list", "got …") said in the reader's.
 */
export type ProblemValue = string | number | Phrase;

/** Words of the catalogues, with their values. */
export interface Phrase {
  id: ProblemId;
  values?: Record<string, ProblemValue>;
}

/**
 * One thing wrong with a dataset: where (a JSON path such as `claims[3].qualifier`) and what.
 * `message` is the English, which the command line prints and the tests read; `id` and `values`,
 * where a problem has them, say the same in the page's language, and the English is written from
 * them. A problem without them (a check of zod's own) is said in English only.
 */
export interface DatasetProblem extends Partial<Phrase> {
  path: string;
  message: string;
}

export const phrase = (id: ProblemId, values?: Record<string, ProblemValue>): Phrase =>
  values === undefined ? { id } : { id, values };

/** Two clauses of a problem, as "expected a text; got 42" puts them. */
export const joined = (first: Phrase, second: Phrase) =>
  phrase('problem.joined', { first, second });

/** A phrase in a language, the phrases among its values first. */
export function phraseText({ id, values }: Phrase, locale: Locale): string {
  if (values === undefined) return tIn(locale, id);
  const said: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values))
    said[name] = typeof value === 'object' ? phraseText(value, locale) : value;
  return tIn(locale, id, said);
}

/** A problem at a path, its English written from the phrase. */
export const problem = (path: string, said: Phrase): DatasetProblem => ({
  path,
  ...said,
  message: phraseText(said, 'en'),
});

/** Whether a text is the key of a problem's words: a refinement of the schema says one (schema.ts). */
export const isProblemId = (text: string): text is ProblemId =>
  text.startsWith('problem.') && hasMessage(text);

/**
 * An error of loading a dataset that a reader is shown: its English in `message`, and in `said`,
 * where the catalogues have its words, the same as a phrase, for a page in another language.
 */
export class SaidError extends Error {
  readonly said: Phrase | undefined;
  constructor(said: Phrase | string) {
    super(typeof said === 'string' ? said : phraseText(said, 'en'));
    this.said = typeof said === 'string' ? undefined : said;
  }
}

/** What went wrong, as a page in this language says it: an error's phrase, or its message. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof SaidError && error.said !== undefined) return phraseText(error.said, locale);
  return error instanceof Error ? error.message : String(error);
}

/** A problem as a page in this language says it: its phrase, or its English where it has none. */
export const problemText = (p: DatasetProblem, locale: Locale): string =>
  p.id === undefined ? p.message : phraseText({ id: p.id, values: p.values }, locale);
