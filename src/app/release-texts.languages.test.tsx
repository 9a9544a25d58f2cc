import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReleaseChanges, ReleaseHistory } from '../dataset/releases';
import { RELEASE_HISTORY_KEY } from '../dataset/release-history';
import { choosePageLocale } from '../i18n/messages';
import { changesSummary, releaseValueText } from '../lib/release-text';
import { dashboardActions } from '../store';
import { fixtureDataset } from '../testing/fixture';
import { releaseChanges } from '../testing/release-changes';
import { EmbedApp } from './embed/embed-app';
import { MethodSection } from './method-section';
import { ReleaseStatus } from './release-status';
import { WhatsChanged } from './whats-changed';

const FIRST = '2025-09-02';
const SECOND = '2026-12-02';
const LATEST = '2026-12-04';

const release = releaseChanges;

/** Three releases of the fixture: the first, one that added, changed and withdrew, one of names. */
const HISTORY: ReleaseHistory = {
  releases: [
    release({ id: FIRST, claims: 3, added: ['report-killed', 'report-value', 'ratio'] }),
    release({
      id: SECOND,
      previous: FIRST,
      claims: 5,
      added: ['agency-killed-later', 'president-kw'],
      changed: [
        {
          id: 'report-killed',
          fields: [
            { field: 'claimedBy', to: '2024-12-23' },
            { field: 'claimedOn', from: '2024-12-23' },
          ],
        },
      ],
      retracted: [{ id: 'ratio', date: SECOND, reason: 'The outlet corrected its figure.' }],
      sourcesAdded: 2,
      eventsAdded: 1,
    }),
    release({ id: LATEST, previous: SECOND, claims: 5, namesChanged: 80 }),
  ],
};

/** Renders with the releases' history already fetched and, optionally, the page pinned. */
function renderWithHistory(ui: ReactElement, { pinned = null }: { pinned?: string | null } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  client.setQueryData(RELEASE_HISTORY_KEY, HISTORY);
  dashboardActions().datasetLoaded(fixtureDataset(), { kind: 'published' });
  dashboardActions().releasePinned(pinned);
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

const text = (element: Element | null = document.body) => element?.textContent ?? '';

/** Every English phrase of these parts: none may show on a page in another language. */
const ENGLISH = [
  'What changed in release',
  'claims added',
  'since release',
  'in all',
  'Changed',
  'Withdrawn',
  'Added',
  'List the',
  'Every release',
  'the changelog',
  'Atom feed',
  'as it was published',
  'none',
  'Sources and method',
  'Every figure here is a claim',
  'Qualifiers',
  'Confidence',
  'primary or official',
  'reputable secondary',
  'an aggregator',
  'Sources (',
  'The data:',
  'JSON Schema',
  'derived',
  'Release',
  'Always the latest',
  'the latest, pinned',
  'This page shows',
  'as published on',
  'Newer figures are available',
  'embed address',
  'Open in the full dashboard',
];

function expectNoEnglish(words: string) {
  for (const english of ENGLISH) expect(words, english).not.toContain(english);
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await choosePageLocale('en');
});

describe('in English', () => {
  it('says what a release changed as it always did', () => {
    const [first, second, latest] = HISTORY.releases as [
      ReleaseChanges,
      ReleaseChanges,
      ReleaseChanges,
    ];
    expect(changesSummary(first)).toBe('The first release: 3 claims.');
    expect(changesSummary({ ...first, claims: 1 })).toBe('The first release: 1 claim.');
    expect(changesSummary(second)).toBe(
      `2 claims added, 1 changed, 1 withdrawn and 0 removed since release ${FIRST}; 2 sources and 1 event added. 5 claims in all.`,
    );
    expect(changesSummary({ ...latest, claims: 110 })).toBe(
      `0 claims added, 0 changed, 0 withdrawn and 0 removed since release ${SECOND}; 0 sources and 0 events added; names in Ukrainian and Korean new or changed for 80 claimants, places, measures and units. 110 claims in all.`,
    );
    expect(releaseValueText(undefined)).toBe('none');
  });

  it('keeps the English of the sections, the notice and the embed', () => {
    renderWithHistory(
      <>
        <ReleaseStatus path="" />
        <WhatsChanged dataset={fixtureDataset()} />
        <MethodSection dataset={fixtureDataset()} />
      </>,
      { pinned: SECOND },
    );
    expect(screen.getByRole('heading', { level: 2, name: /^What changed/ })).toHaveTextContent(
      `What changed in release ${SECOND} (2 December 2026)`,
    );
    expect(text(document.querySelector('.release-status__newer'))).toBe(
      `This page shows release ${SECOND}, as published on 2 December 2026. Newer figures are available (release ${LATEST})`,
    );
    expect(screen.getByRole('combobox', { name: /^Release/ })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'List the 2 new claims in the ledger' }),
    ).toBeInTheDocument();
    expect(text(document.querySelector('#changes li div.whats-changed__fields'))).toBe(
      'claimedBy: none → 2024-12-23; claimedOn: 2024-12-23 → none',
    );
    expect(text(document.getElementById('method'))).toContain(
      'A value computed from other claims is marked derived and says how.',
    );
    expect(text(document.getElementById('source-report'))).toBe(
      'The report. Report Press, 23 December 2024.',
    );
    // English needs no language marks: the text is the page's own.
    expect(document.querySelector('#changes [lang], #method [lang]')).toBeNull();
  });
});

describe('changesSummary in Ukrainian', () => {
  beforeEach(async () => {
    await choosePageLocale('uk');
  });

  const [first, second, latest] = HISTORY.releases as [
    ReleaseChanges,
    ReleaseChanges,
    ReleaseChanges,
  ];

  it('counts the first release with the plural each number takes', () => {
    expect(changesSummary({ ...first, claims: 1 })).toBe('Перший випуск: 1 заява.');
    expect(changesSummary({ ...first, claims: 2 })).toBe('Перший випуск: 2 заяви.');
    expect(changesSummary({ ...first, claims: 5 })).toBe('Перший випуск: 5 заяв.');
    expect(changesSummary({ ...first, claims: 21 })).toBe('Перший випуск: 21 заява.');
  });

  it('says what a later release changed, in the accusative after “додано”', () => {
    expect(changesSummary(second)).toBe(
      `Порівняно з випуском ${FIRST}: додано 2 заяви, змінено 1, відкликано 1, вилучено 0; додано 2 джерела і 1 подію. Усього 5 заяв.`,
    );
    const counts = (n: number) =>
      changesSummary({
        ...second,
        added: Array.from({ length: n }, (_, i) => `c${i}`),
        sourcesAdded: n,
        eventsAdded: n,
        claims: n,
      });
    expect(counts(1)).toContain('додано 1 заяву,');
    expect(counts(1)).toContain('додано 1 джерело і 1 подію.');
    expect(counts(1)).toContain('Усього 1 заява.');
    expect(counts(2)).toContain('додано 2 заяви,');
    expect(counts(2)).toContain('додано 2 джерела і 2 події.');
    expect(counts(2)).toContain('Усього 2 заяви.');
    expect(counts(5)).toContain('додано 5 заяв,');
    expect(counts(5)).toContain('додано 5 джерел і 5 подій.');
    expect(counts(5)).toContain('Усього 5 заяв.');
  });

  it('names the translated names, counted', () => {
    expect(changesSummary({ ...latest, claims: 110 })).toBe(
      `Порівняно з випуском ${SECOND}: додано 0 заяв, змінено 0, відкликано 0, вилучено 0; додано 0 джерел і 0 подій; назви українською й корейською додано або змінено для 80 заявників, місць, показників і одиниць. Усього 110 заяв.`,
    );
    expect(changesSummary({ ...latest, namesChanged: 1 })).toContain(
      'для 1 заявника, місця, показника чи одиниці.',
    );
    expect(changesSummary({ ...latest, namesChanged: 3 })).toContain(
      'для 3 заявників, місць, показників і одиниць.',
    );
  });

  it('says “none” for a field that was absent', () => {
    expect(releaseValueText(undefined)).toBe('немає');
    expect(releaseValueText('2024-12-23')).toBe('2024-12-23');
  });
});

describe('changesSummary in Korean', () => {
  beforeEach(async () => {
    await choosePageLocale('ko');
  });

  const [first, second, latest] = HISTORY.releases as [
    ReleaseChanges,
    ReleaseChanges,
    ReleaseChanges,
  ];

  it('counts claims with the counter 건', () => {
    expect(changesSummary(first)).toBe('첫 판: 주장 3건.');
    expect(changesSummary({ ...first, claims: 1200 })).toBe('첫 판: 주장 1,200건.');
    expect(changesSummary(second)).toBe(
      `${FIRST} 판 대비 주장 2건 추가, 1건 변경, 1건 철회, 0건 삭제; 출처 2건과 사건 1건 추가. 전체 주장 5건.`,
    );
    expect(changesSummary({ ...latest, claims: 110 })).toBe(
      `${SECOND} 판 대비 주장 0건 추가, 0건 변경, 0건 철회, 0건 삭제; 출처 0건과 사건 0건 추가; 주장한 쪽·장소·항목·단위 80개의 우크라이나어·한국어 이름 추가 또는 변경. 전체 주장 110건.`,
    );
    expect(releaseValueText(undefined)).toBe('없음');
  });
});

const PHRASES = {
  uk: {
    changesTitle: `Що змінилося у випуску ${SECOND} (2 грудня 2026 р.)`,
    changed: 'Змінено',
    withdrawn: 'Відкликано',
    added: 'Додано',
    listNew: 'Показати в реєстрі 2 нові заяви',
    files: 'Усі випуски: журнал змін, changes.json і стрічка Atom',
    none: 'немає',
    methodTitle: 'Джерела й методика',
    intro: 'Кожна цифра тут — це заява',
    derived: 'обчислено',
    qualifiers: 'Кваліфікатори',
    confidence: 'Достовірність',
    levels: 'Висока: першоджерело',
    sources: 'Джерела (3)',
    data: 'Дані: dataset.json і його JSON-схема.',
    sourceEntry: 'The report. Report Press, 23 грудня 2024 р.',
    picker: 'Випуск',
    alwaysLatest: 'Завжди найновіший (4 грудня 2026 р.)',
    latestPinned: '4 грудня 2026 р., найновіший, закріплений',
    notice: `На цій сторінці показано випуск ${SECOND} у тому вигляді, у якому його опубліковано 2 грудня 2026 р. Є новіші цифри (випуск ${LATEST})`,
    olderDates: ['2 грудня 2026 р.', '2 вересня 2025 р.'],
    releaseOf: 'Випуск від 2 грудня 2026 р.',
    noPanel: 'Ця адреса вбудовування не вказує жодної панелі.',
    open: 'Відкрити на повній панелі',
  },
  ko: {
    changesTitle: `${SECOND} 판에서 달라진 점(2026년 12월 2일)`,
    changed: '변경됨',
    withdrawn: '철회됨',
    added: '추가됨',
    listNew: '목록에서 새 주장 2건 보기',
    files: '모든 판: 변경 기록, changes.json, Atom 피드.',
    none: '없음',
    methodTitle: '출처와 방법',
    intro: '여기의 모든 수치는 주장입니다.',
    derived: '산출값',
    qualifiers: '한정어',
    confidence: '신뢰도',
    levels: '높음: 1차 출처나 공식 출처',
    sources: '출처(3건)',
    data: '데이터: dataset.json, 그리고 그 형식을 정한 JSON 스키마.',
    sourceEntry: 'The report. Report Press, 2024년 12월 23일.',
    picker: '데이터 판',
    alwaysLatest: '항상 최신(2026년 12월 4일)',
    latestPinned: '2026년 12월 4일, 현재 최신 판으로 고정',
    notice: `이 페이지는 2026년 12월 2일에 공개된 그대로의 ${SECOND} 판을 보여 줍니다. 더 새로운 수치가 있습니다(${LATEST} 판)`,
    olderDates: ['2026년 12월 2일', '2025년 9월 2일'],
    releaseOf: '2026년 12월 2일 판',
    noPanel: '이 삽입 주소에는 패널이 지정되어 있지 않습니다.',
    open: '전체 대시보드에서 열기',
  },
} as const;

describe.each(['uk', 'ko'] as const)('the release texts in %s', (locale) => {
  const say = PHRASES[locale];

  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('WhatsChanged says what changed in the page language, the data marked as English', () => {
    renderWithHistory(<WhatsChanged dataset={fixtureDataset()} />, { pinned: SECOND });
    const section = document.getElementById('changes')!;
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(say.changesTitle);
    for (const heading of [say.changed, say.withdrawn, say.added])
      expect(within(section).getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: say.listNew })).toBeInTheDocument();
    expect(text(section)).toContain(say.files);
    expect(text(section)).toContain(changesSummary(HISTORY.releases[1]!));
    // The fields' names and values are the dataset's, in English; "none" is the page's word.
    const fields = section.querySelector<HTMLElement>('li div.whats-changed__fields')!;
    expect(text(fields)).toBe(
      `claimedBy: ${say.none} → 2024-12-23; claimedOn: 2024-12-23 → ${say.none}`,
    );
    const marked = [...fields.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
    expect(marked).toEqual(['claimedBy', '2024-12-23', 'claimedOn', '2024-12-23']);
    expect(within(section).getByText('The outlet corrected its figure.')).toHaveAttribute(
      'lang',
      'en',
    );
    expectNoEnglish(text(section));
  });

  it('WhatsChanged of a release that changed only names has no lists', () => {
    renderWithHistory(<WhatsChanged dataset={fixtureDataset()} />);
    const section = document.getElementById('changes')!;
    expect(within(section).queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(text(section)).toContain(changesSummary(HISTORY.releases[2]!));
    expectNoEnglish(text(section));
  });

  it('MethodSection explains the figures in the page language, the sources as published', () => {
    renderWithHistory(<MethodSection dataset={fixtureDataset()} />);
    const section = document.getElementById('method')!;
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent(say.methodTitle);
    for (const heading of [say.qualifiers, say.confidence, say.sources])
      expect(within(section).getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    expect(text(section)).toContain(say.intro);
    expect(section.querySelector('em')).toHaveTextContent(say.derived);
    expect(text(section)).toContain(say.levels);
    expect(text(section)).toContain(say.data);
    const entry = document.getElementById('source-report')!;
    // One full stop after a date that ends in an abbreviation ("2024 р.").
    expect(text(entry)).toBe(say.sourceEntry);
    expect(within(entry).getByText('The report')).toHaveAttribute('lang', 'en');
    expect(within(entry).getByText('Report Press')).toHaveAttribute('lang', 'en');
    expectNoEnglish(text(section));
  });

  it('ReleaseStatus names the releases and the newer one in the page language', () => {
    renderWithHistory(<ReleaseStatus path="" />, { pinned: SECOND });
    const status = document.querySelector<HTMLElement>('.release-status')!;
    const picker = within(status).getByRole('combobox', { name: say.picker });
    const options = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([say.alwaysLatest, say.latestPinned, ...say.olderDates]);
    const notice = status.querySelector('.release-status__newer')!;
    expect(text(notice)).toBe(say.notice);
    expect(text(notice)).not.toContain('..');
    const words = [text(status), picker.getAttribute('aria-label') ?? ''].join(' ');
    expectNoEnglish(words);
  });

  it('ReleaseStatus without the picker says which release the embed shows', () => {
    renderWithHistory(<ReleaseStatus path="embed/oil/" picker={false} />, { pinned: SECOND });
    const status = document.querySelector<HTMLElement>('.release-status')!;
    expect(text(status)).toContain(say.releaseOf);
    expect(text(status)).toContain(say.notice);
    expectNoEnglish(text(status));
  });

  it('EmbedApp says, in the page language, that an address names no panel', () => {
    const client = new QueryClient();
    render(<EmbedApp queryClient={client} panel={null} />);
    expect(screen.getByRole('alert')).toHaveTextContent(say.noPanel);
    expectNoEnglish(text());
  });

  it('EmbedApp links to the full dashboard in the page language', () => {
    // The dataset never arrives: the embed shows that it is loading, and its link.
    vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(RELEASE_HISTORY_KEY, HISTORY);
    render(<EmbedApp queryClient={client} panel="oil" />);
    expect(screen.getByRole('link', { name: say.open })).toBeInTheDocument();
    expectNoEnglish(text());
  });
});
