import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from './parse';
import { NAME_LANGUAGES, type Dataset } from './schema';
import { formatClaimDate, formatFigure } from '../lib/format';
import { dateSpan, newestClaim } from './dates';
import { sourceCreditText } from './source-credit';

function published(): Dataset {
  const result = parseDatasetText(readFileSync('data/dataset.json', 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

const dataset = published();
const claim = (id: string) => {
  const found = dataset.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

describe('the published dataset', () => {
  it('names the seed report, which relays the Wall Street Journal', () => {
    const report = dataset.sources.find((s) => s.id === dataset.report);
    expect(report?.url).toBe(
      'https://euromaidanpress.com/2024/12/23/wsj-north-korea-boosts-weapons-supply-to-russia-amid-deepening-alliance/',
    );
    expect(report?.published).toBe('2024-12-23');
    expect(sourceCreditText(dataset, report!)).toBe('The Wall Street Journal via Euromaidan Press');
  });

  // Every figure of the report, as the report words and attributes it.
  it.each([
    ['report-troops-in-combat', 'about 12,000 troops', 'us-officials'],
    ['report-killed', 'more than 100 killed', 'nis'],
    ['report-injured', 'about 1,000 injured', 'nis'],
    ['report-containers', '20,000 containers of munitions', 'us-sk-officials'],
    ['report-artillery-shells', 'more than 5 million artillery shells', 'us-sk-officials'],
    ['report-hwasong-11', 'more than 100 Hwasong-11 class missiles', 'us-sk-officials'],
    ['report-oil', 'more than 1 million barrels of oil', 'osc'],
    ['report-oil-twice-cap', '2 times the UN annual cap', 'osc'],
    ['report-arms-earnings', 'up to $5.5 billion', 'guseinova'],
    ['report-factories', 'about 200 munitions factories at full capacity', 'seoul-officials'],
    [
      'report-railcars-tripled',
      '3 times the railcar traffic before the September 2023 summit',
      'wsj',
    ],
  ])('holds the report figure %s: %s, by %s', (id, words, claimant) => {
    const c = claim(id);
    expect(formatFigure(c)).toBe(words);
    expect(c.claimant).toBe(claimant);
    expect(c.source).toBe(dataset.report);
    expect(c.claimedOn).toBe('2024-12-23');
    expect(dataset.headlines).toContain(id);
  });

  it('keeps conflicting claims as separate rows, never merged', () => {
    const shells = dataset.claims
      .filter((c) => c.metric === 'artillery-shells')
      .map((c) => c.claimant);
    expect(shells).toEqual(expect.arrayContaining(['us-sk-officials', 'ukrainian-officials']));
    expect(formatFigure(claim('nis-2025-01-13-killed'))).toBe('about 300 killed');
    expect(formatFigure(claim('zelensky-2025-01-09'))).toBe('4,000 killed or wounded');
  });

  it("holds Guseinova's range as a value of deliveries, apart from the report's earnings", () => {
    const range = claim('guseinova-deliveries-value');
    expect(formatFigure(range)).toBe('$1.7–5.5 billion');
    expect(range.metric).toBe('arms-deliveries-usd');
    expect(claim('report-arms-earnings').metric).toBe('arms-earnings-usd');
  });

  it('places railcar counts at their imagery dates and marks sums as derived', () => {
    expect(claim('csis-tumangang-2023-10-05').period).toEqual({
      from: '2023-10-05',
      to: '2023-10-05',
    });
    const total = claim('csis-tumangang-2024-06-17');
    expect(total.derivedFrom?.map((id) => claim(id).value).reduce((a, b) => a + b)).toBe(
      total.value,
    );
    const khasan = claim('csis-khasan-2024-06-17');
    expect(khasan.derivedFrom?.map((id) => claim(id).value).reduce((a, b) => a + b)).toBe(
      khasan.value,
    );
  });

  it('computes the oil ratio from the claims it names', () => {
    const ratio = claim('osc-oil-vs-cap');
    const [oil, cap] = (ratio.derivedFrom ?? []).map(claim);
    expect(oil!.value / cap!.value).toBe(ratio.value);
    expect(ratio.qualifier).toBe(oil!.qualifier);
  });

  it('says the plant identification is inferred and keeps the port apart from the cosmodrome', () => {
    const places = new Map(dataset.places.map((p) => [p.id, p]));
    expect(places.get('february-11-plant')?.note).toMatch(/inferred/i);
    expect(places.get('vostochny-port')?.kind).toBe('port');
    expect(places.get('vostochny-cosmodrome')?.kind).not.toBe('port');
    const summit = dataset.events.find((e) => e.id === 'summit');
    expect(summit).toMatchObject({ date: '2023-09-13', place: 'vostochny-cosmodrome' });
  });

  it('gives every claim, place and event a source with a web address', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const c of dataset.claims) expect(sources.get(c.source)?.url).toMatch(/^https?:\/\//);
    for (const p of dataset.places) expect(p.source && sources.get(p.source)).toBeTruthy();
    for (const e of dataset.events) expect(sources.get(e.source)).toBeTruthy();
  });

  it('names every claimant, place and measure in Ukrainian and Korean, and every metric', () => {
    const records = [...dataset.claimants, ...dataset.places, ...(dataset.measures ?? [])];
    for (const record of records)
      for (const lang of NAME_LANGUAGES)
        expect(record.names?.[lang]?.trim(), `${record.id} in ${lang}`).toBeTruthy();
    const measures = new Set(dataset.measures?.map((m) => m.id));
    for (const claim of dataset.claims) expect(measures, claim.id).toContain(claim.metric);
    // Every unit has words in both languages, but money and the units the catalogues name.
    const own = [
      'USD',
      'troops',
      'killed',
      'injured',
      'killed or wounded',
      'railcars',
      'artillery shells',
    ];
    const units = new Map(dataset.units?.map((u) => [u.unit, u.names]));
    for (const claim of dataset.claims)
      if (!own.includes(claim.unit))
        for (const lang of NAME_LANGUAGES)
          expect(units.get(claim.unit)?.[lang], `${claim.unit} in ${lang}`).toBeTruthy();
    const nis = dataset.claimants.find((c) => c.id === 'nis')!;
    expect(nis.names).toEqual({ uk: 'НРС Південної Кореї', ko: '국가정보원' });
  });

  it('is schema version 3, updated after its newest claim of 2 September 2025', () => {
    expect(dataset.schemaVersion).toBe(3);
    expect(dataset.claims.length).toBeGreaterThanOrEqual(110);
    const newest = newestClaim(dataset.claims)!;
    expect(formatClaimDate(newest)).toBe('2 September 2025');
    expect(dataset.updated >= dateSpan(newest.claimedOn!).end).toBe(true);
  });

  it('dates the claims left out before by the month or year they are known to', () => {
    expect(claim('guseinova-2025-value')).toMatchObject({ claimedOn: '2025', value: 9.8e9 });
    expect(formatFigure(claim('guseinova-2025-value'))).toBe('up to $9.8 billion');
    expect(claim('rusi-2024-03-barrels')).toMatchObject({ claimedOn: '2024-03', value: 125_000 });
    expect(formatFigure(claim('rusi-2024-03-barrels'))).toBe('about 125,000 barrels of oil');
    expect(claim('38north-2022-11-train')).toMatchObject({ claimedOn: '2022-12', value: 8 });
    expect(formatFigure(claim('guseinova-2025-artillery-shells'))).toBe(
      'between 5.7 and 6.7 million artillery shells',
    );
    expect(formatFigure(claim('guseinova-2025-rockets'))).toBe(
      'between 649,640 and 878,300 multiple-rocket-launcher rockets',
    );
  });

  it('says "on or before" where only the report is dated, and keeps its corrections', () => {
    expect(formatClaimDate(claim('dprk-own-casualties'))).toBe('on or before 2 September 2025');
    const corrected = claim('nis-2025-03-31-casualties');
    expect(corrected.claimedOn).toBeUndefined();
    expect(corrected.claimedBy).toBe('2025-03-31');
    expect(corrected.corrections?.[0]?.change).toMatch(/31 March 2025/);
  });

  it('never dates a claim after the report that carries it', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    const late = dataset.claims.filter((c) => {
      const published = sources.get(c.source)?.published;
      const made = c.claimedOn ?? c.claimedBy!;
      return published !== undefined && dateSpan(made).start > dateSpan(published).end;
    });
    expect(late.map((c) => c.id)).toEqual([]);
  });
});
