import type { DatasetProblem } from '../dataset/validate';
import { t } from '../i18n/messages';

/** Problems listed in full before the rest are counted: enough to fix the first few at once. */
const SHOWN_PROBLEMS = 10;

/** A dataset's problems as a list a researcher can act on: where, and what is wrong. */
export function DatasetProblems({ problems }: { problems: DatasetProblem[] }) {
  return (
    <>
      <ul className="problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && (
        <p>{t('problems.more', { count: problems.length - SHOWN_PROBLEMS })}</p>
      )}
    </>
  );
}
