import type * as z from 'zod/mini';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema';
import { DatasetSchemaV1, type DatasetV1 } from './schema-v1';
import { DatasetSchemaV2, type DatasetV2 } from './schema-v2';
import { checkReferences, checkValidReferences } from './references';
import { compileCheck } from './compile-check';
import { isReadableVersion, migrate, READABLE_VERSIONS, type ReadableVersion } from './migrate';
import {
  isProblemId,
  joined,
  phrase,
  phraseText,
  problem,
  type DatasetProblem,
  type Phrase,
  type ProblemId,
  type ProblemValue,
} from './problem';

export type { DatasetProblem } from './problem';

export type ValidationResult =
  | {
      ok: true;
      dataset: Dataset;
      /** The version the file was written in, when it was older and has been migrated. */
      migratedFrom?: number;
    }
  | { ok: false; problems: DatasetProblem[] };

/** Formats a path the way a reader of the JSON file would look for it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/**
 * Describes a value found in the file briefly, never echoing more than a short excerpt: the
 * file's own text as it is, or words for what it is ("a list").
 */
export function describeInput(input: unknown): ProblemValue {
  if (input === undefined) return phrase('problem.value.nothing');
  if (input === null) return 'null';
  if (Array.isArray(input)) return phrase('problem.value.list');
  if (typeof input === 'object') return phrase('problem.value.object');
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return JSON.stringify(shown);
  }
  if (typeof input === 'number')
    return Number.isFinite(input) ? String(input) : phrase('problem.value.nonFinite');
  return `${typeof input} ${String(input)}`;
}

const got = (input: unknown) => phrase('problem.got', { value: describeInput(input) });

const TYPE_NAMES: Record<string, ProblemId> = {
  string: 'problem.expected.text',
  number: 'problem.expected.number',
  object: 'problem.expected.object',
  array: 'problem.expected.list',
  boolean: 'problem.expected.boolean',
};

/** A problem zod found, said in the dataset's own words: those of its refinements, for one. */
function issuePhrase(issue: z.core.$ZodIssue): Phrase | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const id = TYPE_NAMES[issue.expected];
      const expected = id
        ? phrase(id)
        : phrase('problem.expected.value', { value: issue.expected });
      return joined(
        expected,
        issue.input === undefined ? phrase('problem.missing') : got(issue.input),
      );
    }
    case 'invalid_value':
      return joined(
        issue.values.length === 1
          ? phrase('problem.expected.value', { value: String(issue.values[0]) })
          : phrase('problem.expected.oneOf', { values: issue.values.join(', ') }),
        got(issue.input),
      );
    case 'unrecognized_keys':
      return phrase('problem.unexpectedFields', {
        count: issue.keys.length,
        fields: issue.keys.map((k) => `"${k}"`).join(', '),
      });
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return isProblemId(issue.message)
        ? joined(phrase(issue.message), got(issue.input))
        : undefined;
    default:
      return undefined;
  }
}

/** A check with no words of the dataset's own, such as zod's: its English alone. */
function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      return `${issue.message}; ${phraseText(got(issue.input), 'en')}`;
    default:
      return issue.message;
  }
}

/**
 * A value that matches no option of a union is explained by the option of its own shape (text
 * or an object): its problems, at their own paths, rather than "invalid input".
 */
function unionExplained(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const ofItsShape = (branch: z.core.$ZodIssue[]) =>
    !branch.some((e) => e.path.length === 0 && e.code === 'invalid_type');
  const branch = issue.errors.find(ofItsShape) ?? issue.errors[0]!;
  return branch.flatMap((e) => unionExplained({ ...e, path: [...issue.path, ...e.path] }));
}

function zodProblems(error: z.core.$ZodError): DatasetProblem[] {
  return error.issues.flatMap(unionExplained).map((issue) => {
    const path = formatPath(issue.path);
    const said = issuePhrase(issue);
    return said ? problem(path, said) : { path, message: issueMessage(issue) };
  });
}

const checks = {
  1: { schema: DatasetSchemaV1, quick: compileCheck(DatasetSchemaV1) },
  2: { schema: DatasetSchemaV2, quick: compileCheck(DatasetSchemaV2) },
  3: { schema: DatasetSchema, quick: compileCheck(DatasetSchema) },
} satisfies Record<ReadableVersion, unknown>;

/** True when a value has the current version's structure; says nothing of its references. Fast, and never throws. */
export const matchesDatasetSchema = (input: unknown): input is Dataset =>
  checks[SCHEMA_VERSION].quick(input);

/** The result for a dataset whose structure passed: ok unless a reference or a range is wrong. */
export function withReferencesChecked(dataset: Dataset): ValidationResult {
  const problems = checkValidReferences(dataset);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset };
}

function versionProblem(version: unknown): DatasetProblem {
  const known = { older: READABLE_VERSIONS.slice(0, -1).join(', '), newest: SCHEMA_VERSION };
  return problem(
    'schemaVersion',
    version === undefined
      ? phrase('problem.version.missing', known)
      : typeof version === 'number' && version > SCHEMA_VERSION
        ? phrase('problem.version.newer', { ...known, version: String(version) })
        : phrase('problem.version.unreadable', { ...known, got: describeInput(version) }),
  );
}

/**
 * Checks anything against the dataset schema of the version it names, and its references, and
 * migrates an older version to the current one. Never throws: it returns the typed dataset, or
 * every problem found with its JSON path, those of structure and of references together.
 * A valid dataset passes the quick check compiled from its schema; only a broken one pays for
 * the full parse that explains each problem.
 */
export function validateDataset(input: unknown): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      problems: [problem('(top level)', joined(phrase('problem.expected.object'), got(input)))],
    };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (!isReadableVersion(version)) {
    const parsed = DatasetSchema.safeParse(input, { reportInput: true });
    const others = parsed.success
      ? []
      : zodProblems(parsed.error).filter((p) => p.path !== 'schemaVersion');
    return {
      ok: false,
      problems: merge([versionProblem(version), ...others], checkReferences(input)),
    };
  }
  const { schema, quick } = checks[version];
  if (!quick(input)) {
    const parsed = schema.safeParse(input, { reportInput: true });
    const shape = parsed.success ? [] : zodProblems(parsed.error);
    return { ok: false, problems: merge(shape, checkReferences(input)) };
  }
  if (version === SCHEMA_VERSION) return withReferencesChecked(input as Dataset);
  const result = withReferencesChecked(migrate(input as DatasetV1 | DatasetV2));
  return result.ok ? { ...result, migratedFrom: version } : result;
}

/** The schema's problems, then the references' at places the schema found nothing wrong. */
function merge(shape: DatasetProblem[], references: DatasetProblem[]): DatasetProblem[] {
  const seen = new Set(shape.map((p) => p.path));
  return [...shape, ...references.filter((p) => !seen.has(p.path))];
}
