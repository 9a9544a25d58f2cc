import { lookup } from '../dataset/lookup';
import type { Dataset } from '../dataset/schema';
import { formatFigure } from '../lib/format';
import { fixtureDataset } from '../testing/fixture';
import { choosePageLocale } from './messages';

/** The fixture with one claim in a unit the catalogues lack, and the dataset's words for it. */
function withUnits(value: number, qualifier: 'exact' | 'about' | 'more-than' = 'exact'): Dataset {
  const dataset = fixtureDataset();
  dataset.claims[0] = { ...dataset.claims[0]!, value, qualifier, unit: 'barrels of oil' };
  dataset.units = [
    {
      unit: 'barrels of oil',
      names: {
        uk: {
          words: {
            one: '{n} барель нафти',
            few: '{n} барелі нафти',
            many: '{n} барелів нафти',
            other: '{n} барелю нафти',
          },
        },
        ko: { amount: '{n}배럴', words: '석유 {n}' },
      },
    },
  ];
  lookup(dataset);
  return dataset;
}
const first = (dataset: Dataset) => formatFigure(dataset.claims[0]!);

afterEach(async () => {
  await choosePageLocale('en');
});

describe('a unit in the dataset’s own words', () => {
  it('stays as the dataset writes it in English', () => {
    expect(first(withUnits(1e6, 'more-than'))).toBe('more than 1 million barrels of oil');
  });

  it('takes in Ukrainian the form its number needs, after a scale word the form of 5', async () => {
    await choosePageLocale('uk');
    expect(first(withUnits(1))).toBe('1 барель нафти');
    expect(first(withUnits(3))).toBe('3 барелі нафти');
    expect(first(withUnits(12))).toBe('12 барелів нафти');
    expect(first(withUnits(1e6, 'more-than'))).toBe('понад 1 млн барелів нафти');
  });

  it('puts the noun first in Korean and counts the number with its own word', async () => {
    await choosePageLocale('ko');
    expect(first(withUnits(1e6, 'more-than'))).toBe('석유 100만배럴 초과');
    expect(first(withUnits(43, 'about'))).toBe('석유 약 43배럴');
  });

  it('leaves a unit with no words in the language as the dataset has it', async () => {
    await choosePageLocale('uk');
    const dataset = withUnits(40, 'more-than');
    dataset.units = [{ unit: 'barrels of oil', names: { ko: { words: '석유 {n}' } } }];
    const fresh = { ...dataset, claims: dataset.claims.map((c) => ({ ...c })) };
    lookup(fresh);
    expect(first(fresh)).toBe('понад 40 barrels of oil');
  });
});

describe('a noun after “до” in Ukrainian', () => {
  beforeEach(async () => {
    await choosePageLocale('uk');
  });

  it('takes the genitive, up to a number and at the end of a range', () => {
    expect(formatFigure({ value: 3, qualifier: 'up-to', unit: 'railcars' })).toBe('до 3 вагонів');
    expect(formatFigure({ value: 21, qualifier: 'up-to', unit: 'railcars' })).toBe('до 21 вагона');
    expect(formatFigure({ value: 4, low: 2, qualifier: 'between', unit: 'railcars' })).toBe(
      'від 2 до 4 вагонів',
    );
    expect(formatFigure({ value: 3, qualifier: 'exact', unit: 'railcars' })).toBe('3 вагони');
  });
});
