import { phrase, problem } from './problem';
import { validateDataset, type ValidationResult } from './validate';

/** Nesting deeper than any real dataset needs: a broken file nested deeper is told so. */
const MAX_DEPTH = 64;

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') max = Math.max(max, ++depth);
    else if (ch === '}' || ch === ']') depth--;
  }
  return max;
}

/** Turns the text of a file into a validated dataset or a list of problems. Never throws. */
export function parseDatasetText(text: string): ValidationResult {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, problems: [problem('(file)', phrase('problem.file.empty'))] };
  if (trimmed.startsWith('<'))
    return {
      ok: false,
      problems: [problem('(file)', phrase('problem.file.html'))],
    };
  const tooDeep = (): ValidationResult | undefined =>
    nestingDepth(trimmed) > MAX_DEPTH
      ? {
          ok: false,
          problems: [problem('(file)', phrase('problem.file.tooDeep', { depth: MAX_DEPTH }))],
        }
      : undefined;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return (
      tooDeep() ?? {
        ok: false,
        problems: [problem('(file)', phrase('problem.file.notJson', { detail }))],
      }
    );
  }
  // A dataset of the right structure is at most a few levels deep: only a broken one is measured.
  const result = validateDataset(data);
  return result.ok ? result : (tooDeep() ?? result);
}
