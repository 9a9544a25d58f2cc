import { choosePageLocale } from '../i18n/messages';
import { fixtureDataset } from '../testing/fixture';
import { metricLabel, metricName } from './metrics';

afterEach(async () => {
  await choosePageLocale('en');
});

const withMeasures = () => ({
  ...fixtureDataset(),
  measures: [{ id: 'killed', name: 'Dead', names: { uk: 'Мертві' } }],
});

describe('the name of a metric', () => {
  it('is the dataset’s measure where it names one, in the page language', async () => {
    expect(metricLabel(withMeasures(), 'killed')).toBe('Dead');
    await choosePageLocale('uk');
    expect(metricName(withMeasures(), 'killed')).toEqual({
      text: 'Мертві',
      lang: 'uk',
      translated: true,
    });
  });

  it('falls back to the measure’s English name where it has no translation, marked', async () => {
    await choosePageLocale('ko');
    expect(metricName(withMeasures(), 'killed')).toEqual({
      text: 'Dead',
      lang: 'en',
      translated: false,
    });
  });

  it('is the dashboard’s own name for a published metric in a file without measures', async () => {
    expect(metricLabel(fixtureDataset(), 'killed-or-wounded')).toBe('Killed or wounded');
    await choosePageLocale('uk');
    expect(metricName(fixtureDataset(), 'killed-or-wounded')).toMatchObject({
      lang: 'uk',
      translated: true,
    });
    expect(metricLabel(fixtureDataset(), 'killed-or-wounded')).not.toBe('Killed or wounded');
  });

  it('spells out a slug nobody names, in English, marked on other pages', async () => {
    expect(metricName(fixtureDataset(), 'drone-parts')).toEqual({
      text: 'Drone parts',
      lang: 'en',
      translated: true,
    });
    await choosePageLocale('uk');
    expect(metricName(fixtureDataset(), 'drone-parts').translated).toBe(false);
  });
});
