import { filtersInWords } from '../app/header-controls';
import { viewFilterText } from '../lib/view-text';
import { formatAxisValue } from '../lib/axis-format';
import { ageText } from '../lib/recency';
import {
  formatClaimDate,
  formatCount,
  formatDate,
  formatFigure,
  formatFigureShort,
} from '../lib/format';
import { choosePageLocale } from './messages';

const figure = (
  value: number,
  qualifier: 'exact' | 'about' | 'more-than' | 'at-least' | 'up-to' | 'between',
  unit: string,
  low?: number,
) => ({ value, qualifier, unit, low });

afterEach(async () => {
  await choosePageLocale('en');
});

describe('claims in Ukrainian', () => {
  beforeEach(async () => {
    await choosePageLocale('uk');
  });

  it('keeps each qualifier, with the noun in the form its number needs', () => {
    expect(formatFigure(figure(12000, 'about', 'troops'))).toBe('приблизно 12\u00a0000 військових');
    expect(formatFigure(figure(100, 'more-than', 'killed'))).toBe('понад 100 загиблих');
    expect(formatFigure(figure(1, 'exact', 'killed'))).toBe('1 загиблий');
    expect(formatFigure(figure(3, 'exact', 'railcars'))).toBe('3 вагони');
    expect(formatFigure(figure(5, 'exact', 'railcars'))).toBe('5 вагонів');
    expect(formatFigure(figure(12000, 'between', 'troops', 11000))).toBe(
      'від 11\u00a0000 до 12\u00a0000 військових',
    );
  });

  it('writes money in billions only where the figure is exact in them', () => {
    expect(formatFigure(figure(5.5e9, 'up-to', 'USD'))).toBe('до 5,5 млрд доларів');
    expect(formatFigure(figure(5.5e9, 'between', 'USD', 1.7e9))).toBe('1,7–5,5 млрд доларів');
    expect(formatFigure(figure(1234567, 'about', 'USD'))).toBe(
      'приблизно 1\u00a0234\u00a0567 доларів',
    );
    expect(formatFigureShort(figure(5.5e9, 'up-to', 'USD'))).toBe('≤$5,5 млрд');
  });

  it('leaves a unit it has no words for as the dataset has it', () => {
    expect(formatFigure(figure(2, 'exact', 'tank cars'))).toBe('2 tank cars');
  });

  it('writes dates and numbers as Ukrainian does', () => {
    expect(formatDate('2024-12-19')).toBe('19 грудня 2024 р.');
    expect(formatDate('2024-03')).toMatch(/^березень 2024/);
    expect(formatDate('2018')).toMatch(/^2018/);
    expect(formatCount(12000)).toBe('12\u00a0000');
    expect(formatClaimDate({ claimedBy: '2024-12-19' })).toBe('19 грудня 2024 р. або раніше');
  });
});

describe('claims in Korean', () => {
  beforeEach(async () => {
    await choosePageLocale('ko');
  });

  it('groups by 만 and 억 where the figure is exact in them, with the counter the noun takes', () => {
    expect(formatFigure(figure(12000, 'about', 'troops'))).toBe('병력 약 1.2만명');
    expect(formatFigure(figure(100, 'more-than', 'killed'))).toBe('사망자 100명 초과');
    expect(formatFigure(figure(2000, 'at-least', 'killed'))).toBe('사망자 2,000명 이상');
    expect(formatFigure(figure(12345, 'exact', 'troops'))).toBe('병력 12,345명');
    expect(formatFigure(figure(5.5e9, 'up-to', 'USD'))).toBe('최대 55억 달러');
    expect(formatFigure(figure(5.5e9, 'between', 'USD', 1.7e9))).toBe('17억~55억 달러');
    expect(formatFigure(figure(12000, 'between', 'troops', 11000))).toBe('병력 1.1만~1.2만명');
    expect(formatFigureShort(figure(12000, 'about', 'troops'))).toBe('≈1.2만');
  });

  it('writes dates as Korean does', () => {
    expect(formatDate('2024-12-19')).toBe('2024년 12월 19일');
    expect(formatDate('2024-03')).toBe('2024년 3월');
  });
});

describe('claims in English', () => {
  it('are written as before', () => {
    expect(formatFigure(figure(12000, 'about', 'troops'))).toBe('about 12,000 troops');
    expect(formatFigure(figure(5.5e9, 'between', 'USD', 1.7e9))).toBe('$1.7–5.5 billion');
    expect(formatDate('2024-12-19')).toBe('19 December 2024');
  });
});

describe('how old a claim is', () => {
  it('counts in Ukrainian plural forms and Korean counters', async () => {
    await choosePageLocale('uk');
    expect(ageText({ claimedOn: '2025-09-02' }, '2026-12-03')).toBe('15 місяців тому');
    expect(ageText({ claimedOn: '2026-09-02' }, '2026-12-03')).toBe('3 місяці тому');
    expect(ageText({ claimedOn: '2026-11-02' }, '2026-12-03')).toBe('31 день тому');
    expect(ageText({ claimedOn: '2024-06' }, '2026-12-03')).toBe(
      'приблизно 2 роки і 6 місяців тому',
    );
    expect(ageText({ claimedBy: '2025-09' }, '2026-12-03')).toBe('щонайменше 15 місяців тому');
    await choosePageLocale('ko');
    expect(ageText({ claimedOn: '2025-09-02' }, '2026-12-03')).toBe('15개월 전');
    expect(ageText({ claimedOn: '2024-06' }, '2026-12-03')).toBe('약 2년 6개월 전');
  });
});

describe('axis ticks', () => {
  it('use each language’s grouping and large units', async () => {
    await choosePageLocale('uk');
    expect(formatAxisValue(2500)).toBe('2\u00a0500');
    expect(formatAxisValue(5e9, true)).toBe('$5 млрд');
    await choosePageLocale('ko');
    expect(formatAxisValue(2500)).toBe('2,500');
    expect(formatAxisValue(30000)).toBe('3만');
    expect(formatAxisValue(5.5e9, true)).toBe('$55억');
  });
});

describe('the filters in words', () => {
  it('follow the page’s language, in the header and on images', async () => {
    await choosePageLocale('uk');
    expect(filtersInWords('2025-01-31', 'high')).toBe(
      'відомо станом на 31 січ. 2025 р., висока достовірність',
    );
    expect(viewFilterText({ minConfidence: 'medium', asOf: null, showRetracted: true })).toBe(
      'Лише заяви середньої й високої достовірності · відкликані заяви показано порожніми',
    );
    await choosePageLocale('ko');
    expect(filtersInWords(null, 'low')).toBe('모든 주장');
  });
});
