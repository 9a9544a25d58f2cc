import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { choosePageLocale } from '../i18n/messages';
import { publishedDataset } from '../testing/published-dataset';
import { renderWithProviders } from '../testing/render';
import { dashboardActions } from '../store';
import { Brief } from './brief';
import { createQueryClient } from './query-client';

// The panels speak for themselves in their own tests: here, only the brief's own words.
vi.mock('./lazy-panel', () => ({
  LazyPanel: ({ id }: { id: string }) => <section data-panel={id} />,
}));

/** Serves the published dataset and the releases' history, as the site does. */
function serveTheSite() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      String(url).endsWith('/changes.json')
        ? new Response(readFileSync('data/changes.json', 'utf8'), { status: 200 })
        : new Response(readFileSync('data/dataset.json', 'utf8'), { status: 200 }),
    ),
  );
}

/** The brief on a page pinned to an older release, as known on 30 June 2025. */
async function renderBrief({ custom = false } = {}) {
  window.history.replaceState(null, '', '/?brief=casualties,railcars&asof=2025-06-30');
  dashboardActions().releasePinned('2026-12-02');
  const dataset = publishedDataset();
  if (custom)
    dashboardActions().datasetLoaded(dataset, { kind: 'custom', label: 'mine.json', via: 'file' });
  renderWithProviders(<Brief charts={['casualties', 'railcars']} />, custom ? {} : { dataset });
  await screen.findByRole('table');
  if (!custom) await screen.findByText(/2026-12-04/);
}

/** What the brief reads, its names for assistive technology included. */
function words(): string {
  const main = document.querySelector('main.brief')!;
  const named = [...main.querySelectorAll('[aria-label]')].map((el) =>
    el.getAttribute('aria-label'),
  );
  return [main.textContent ?? '', ...named].join(' ');
}

/** The brief's own phrases in English, exactly as the English page prints them. */
const ENGLISH = [
  'Charts on the page (two at most)',
  'Troops and casualties',
  'Print, or save as PDF',
  'Back to the dashboard',
  'Release 2026-12-02 of the dataset. Newer figures are available (release 2026-12-04).',
  'Release 2026-12-02 · Newest claim',
  ' · Brief of ',
  'Known as of 30 June 2025',
  'The headline figures: the report’s, and the newest on each measure',
  'MeasureIn the reportNewest claim',
  'Every figure is a claim, with its qualifier, claimant and source as each panel names them. Sources in full, and every claim: http',
];

beforeEach(() => {
  serveTheSite();
});

afterEach(async () => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
  await choosePageLocale('en');
});

describe('the brief in English', () => {
  it('prints the words it always printed', async () => {
    await renderBrief();
    for (const english of ENGLISH) expect(words()).toContain(english);
    expect(screen.getByRole('article', { name: 'Brief' })).toBeInTheDocument();
    expect(words()).toMatch(/more than 100 killed \(South Korea's NIS, [^)]+\)/);
  });

  it('warns of a researcher’s own file', async () => {
    await renderBrief({ custom: true });
    expect(words()).toContain('Custom dataset from “mine.json”: not the published figures.');
  });
});

const TRANSLATED = {
  uk: {
    words: [
      'Діаграми на сторінці (не більше двох)',
      'Війська та втрати',
      'Поставки',
      'Вагони',
      'Нафта',
      'Вартість',
      'Надрукувати або зберегти як PDF',
      'Назад до панелі',
      'Випуск набору даних 2026-12-02. Є новіші цифри (випуск 2026-12-04).',
      'Випуск 2026-12-02 · Найновіша заява',
      'Огляд від ',
      'Відомо станом на 30 червня 2025',
      'Головні цифри: зі звіту й найновіші за кожним показником',
      'ПоказникУ звітіНайновіша заява',
      'Кожна цифра — це заява з кваліфікатором, заявником і джерелом',
      'Повні джерела та всі заяви: http://localhost:3000/',
    ],
    article: 'Огляд',
    loading: 'Завантаження огляду…',
    custom: 'Власний набір даних із «mine.json»: не опубліковані цифри.',
  },
  ko: {
    words: [
      '페이지에 넣을 차트 (최대 2개)',
      '병력과 사상자',
      '운송',
      '화차',
      '석유',
      '가치',
      '인쇄 또는 PDF로 저장',
      '대시보드로 돌아가기',
      '데이터 2026-12-02 판. 더 새로운 수치가 있습니다(2026-12-04 판).',
      '2026-12-02 판 · 최신 주장',
      ' 작성 요약',
      '주요 수치: 보도의 수치와 항목별 최신 주장',
      '항목보도에서최신 주장',
      '모든 수치는 주장이며',
      '출처 전체와 모든 주장: http://localhost:3000/',
    ],
    article: '요약',
    loading: '요약을 불러오는 중…',
    custom: '사용자 데이터(“mine.json”): 공개된 수치가 아닙니다.',
  },
} as const;

describe.each(['uk', 'ko'] as const)('the brief in %s', (locale) => {
  const expected = TRANSLATED[locale];

  beforeEach(async () => {
    await choosePageLocale(locale);
  });

  it('says its own words in the page language, none of them in English', async () => {
    await renderBrief();
    for (const phrase of expected.words) expect(words()).toContain(phrase);
    expect(screen.getByRole('article', { name: expected.article })).toBeInTheDocument();
    for (const english of [
      ...ENGLISH,
      'Shipments',
      'Railcars',
      'Oil',
      'Value',
      'Brief',
      'none later',
      'Release',
      'Measure',
    ])
      expect(words()).not.toContain(english);
  });

  it('names the claimants and measures as the dataset gives them in the language', async () => {
    await renderBrief();
    const headlines = screen.getByRole('table');
    expect(headlines.textContent).not.toContain("South Korea's NIS");
    // The dataset's title is the dataset's translation, in the page's own language.
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).not.toHaveAttribute('lang');
    expect(heading.textContent).not.toContain("North Korea's arms supply");
  });

  it('warns of a researcher’s own file', async () => {
    await renderBrief({ custom: true });
    expect(words()).toContain(expected.custom);
    expect(words()).not.toContain('Custom dataset');
  });

  it('says it is loading while its code arrives', async () => {
    // Modules afresh, so that the brief's code is not already here from the tests above.
    vi.resetModules();
    const messages = await import('../i18n/messages');
    await messages.choosePageLocale(locale);
    const { App } = await import('./app');
    window.history.replaceState(null, '', '/?brief=');
    render(<App queryClient={createQueryClient()} brief={['casualties']} />);
    expect(screen.getByRole('status')).toHaveTextContent(expected.loading);
    expect(await screen.findByRole('group', { name: expected.words[0] })).toBeInTheDocument();
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });
});
