import { problemText, type DatasetProblem } from '../dataset/problem';
import { dataLang } from '../i18n/data-lang';
import { pageLocale } from '../i18n/locale';
import { t } from '../i18n/messages';

/** Problems listed in full before the rest are counted: enough to fix the first few at once. */
const SHOWN_PROBLEMS = 10;

/**
 * A dataset's problems as a list a researcher can act on: where, and what is wrong, in the page's
 * language; a problem with no words of the catalogues (a check of zod's own) stays English, marked.
 */
export function DatasetProblems({ problems }: { problems: DatasetProblem[] }) {
  const locale = pageLocale();
  return (
    <>
      <ul className="problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>:{' '}
            <span lang={p.id === undefined ? dataLang() : undefined}>{problemText(p, locale)}</span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN_PROBLEMS && (
        <p>{t('problems.more', { count: problems.length - SHOWN_PROBLEMS })}</p>
      )}
    </>
  );
}
