import { citation } from '../lib/cite';
import { claimsToCsv } from '../lib/csv';
import { exportRecencyText, recencyText } from '../lib/recency';
import { summariseClaims, sourceLineText } from '../lib/chart-text';
import { fixtureDataset } from '../testing/fixture';
import { choosePageLocale } from './messages';

afterEach(async () => {
  await choosePageLocale('en');
});

const cite = {
  title: 'Dashboard',
  panelTitle: 'Railcars',
  updated: '2026-12-02',
  newest: { claimedOn: '2025-09-02' },
  release: { id: '2026-12-02', pinned: true },
  url: 'https://x.test/uk/#railcars',
  accessed: '2026-12-03',
};

describe('what a file says, in the page’s language', () => {
  it('cites a panel in Ukrainian and Korean, the dates as each writes them', async () => {
    await choosePageLocale('uk');
    expect(citation(cite)).toBe(
      '«Railcars», у виданні «Dashboard». Інтерактивна панель, випуск 2026-12-02; найновіша заява: 2 вересня 2025 р. https://x.test/uk/#railcars (дата звернення: 3 грудня 2026 р.).',
    );
    await choosePageLocale('ko');
    expect(citation({ ...cite, release: { id: '2026-12-02', pinned: false } })).toBe(
      '「Railcars」, Dashboard. 대화형 대시보드, 최신 판 (열람 당시 2026-12-02); 최신 주장: 2025년 9월 2일. https://x.test/uk/#railcars (2026년 12월 3일 열람).',
    );
  });

  it('heads CSV columns in the language, with figures and dates in it too', async () => {
    const dataset = fixtureDataset();
    await choosePageLocale('uk');
    const [head, first] = claimsToCsv(dataset, dataset.claims.slice(0, 1), 'published').split(
      '\r\n',
    );
    expect(head!.split(',').slice(0, 4)).toEqual([
      'ідентифікатор заяви',
      'показник',
      'код показника',
      'заява',
    ]);
    expect(first).toContain(dataset.claims[0]!.id);
    await choosePageLocale('en');
    expect(claimsToCsv(dataset, [], 'published')).toMatch(/^claim_id,measure,metric,claim,/);
  });

  it('dates a file from the day it was made', async () => {
    await choosePageLocale('uk');
    expect(exportRecencyText({ claimedOn: '2025-09-02' }, '2026-12-03')).toBe(
      'Найновіша заява: 2 вересня 2025 р., за 15 місяців до цього експорту (3 грудня 2026 р.).',
    );
    await choosePageLocale('ko');
    expect(recencyText({ claimedOn: '2025-09-02' }, '2026-12-03')).toBe(
      '최신 주장: 2025년 9월 2일, 15개월 전.',
    );
    expect(exportRecencyText({ claimedBy: '2025-09' }, '2026-12-03')).toBe(
      '최신 주장: 2025년 9월 또는 그 이전, 이 내보내기(2026년 12월 3일) 적어도 15개월 전.',
    );
  });

  it('sums up a chart and its sources without doubling a full stop after a date', async () => {
    const dataset = fixtureDataset();
    await choosePageLocale('uk');
    const summary = summariseClaims(dataset, 'Загиблі', dataset.claims.slice(0, 1));
    expect(summary).toMatch(/^Загиблі: 1 заява; заявник: .+; зроблено .+ р\.$/);
    expect(sourceLineText(dataset, dataset.claims.slice(0, 2))).toMatch(
      /^Заявники: .+; видання: .+\.$/,
    );
  });
});
