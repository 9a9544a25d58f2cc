import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusProblems, said } from '../testing/corpus-problems';
import { choosePageLocale } from '../i18n/messages';
import { fixtureDataset } from '../testing/fixture';
import { validateDataset } from '../dataset/validate';
import { DatasetProblems } from './dataset-problems';

afterEach(async () => {
  await choosePageLocale('en');
});

describe.each(['uk', 'ko'] as const)('the problems of a dataset in %s', (locale) => {
  const letters = locale === 'uk' ? /[а-яіїєґ]/i : /[\uac00-\ud7a3]/;

  it('are said in the language, with no English message left, for every case of the corpus', async () => {
    const corpus = corpusProblems();
    await choosePageLocale(locale);
    for (const [name, problems] of corpus) {
      const { container, unmount } = render(<DatasetProblems problems={problems} />);
      const items = [...container.querySelectorAll('li')];
      expect(items, name).toHaveLength(Math.min(problems.length, 10));
      items.forEach((item, i) => {
        const p = problems[i]!;
        const text = item.textContent ?? '';
        expect(text.startsWith(`${p.path}: `), name).toBe(true);
        expect(text, name).not.toContain(p.message);
        expect(text, name).toMatch(letters);
        expect(text.slice(p.path.length + 2), name).toBe(said(p, locale));
        expect(item.querySelector('[lang]'), name).toBeNull();
      });
      unmount();
    }
  });

  it('keep the dataset’s own values as they are', async () => {
    const broken = fixtureDataset() as unknown as { claims: Record<string, unknown>[] };
    broken.claims[0]!.qualifier = 'roughly';
    broken.claims[1]!.id = broken.claims[0]!.id;
    const result = validateDataset(broken);
    if (result.ok) throw new Error('the broken dataset passed');
    await choosePageLocale(locale);
    const { container } = render(<DatasetProblems problems={result.problems} />);
    expect(container).toHaveTextContent('exact, about, more-than, at-least, up-to, between');
    expect(container).toHaveTextContent('"roughly"');
    expect(container).toHaveTextContent(`"${String(broken.claims[0]!.id)}"`);
    expect(container).toHaveTextContent('claims[0]');
  });

  it('leave a problem without words of the catalogues in English, marked as such', async () => {
    await choosePageLocale(locale);
    const { container } = render(
      <DatasetProblems problems={[{ path: 'claims', message: 'Invalid input' }]} />,
    );
    expect(container.querySelector('[lang="en"]')).toHaveTextContent('Invalid input');
  });
});

describe('the problems of a dataset in English', () => {
  it('marks no English problem on an English page', () => {
    const { container } = render(
      <DatasetProblems problems={[{ path: 'claims', message: 'Invalid input' }]} />,
    );
    expect(container.querySelector('[lang]')).toBeNull();
  });
});
