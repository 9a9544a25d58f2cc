import { describe, expect, it } from 'vitest';
import { attribute } from '../dataset/lookup';
import { fixtureDataset } from '../testing/fixture';
import { claimsToCsv, csvCell } from './csv';

describe('claimsToCsv', () => {
  it('puts the qualifier, claimant, source and date beside every number', () => {
    const dataset = fixtureDataset();
    const csv = claimsToCsv(
      dataset.claims.map((c) => attribute(dataset, c)),
      'published',
    );
    const [header, first] = csv.trim().split('\r\n');
    expect(header).toBe(
      'claim_id,measure,metric,claim,short,qualifier,value,low,unit,claimant,claimant_kind,source_title,source_publisher,source_url,claimed_on,period_from,period_to,place,confidence,note,derived,dataset',
    );
    expect(first).toBe(
      'report-killed,Killed,killed,more than 100 killed,>100,more-than,100,,killed,Spy Agency,intelligence service,The report,Report Press,https://example.org/report,2024-12-23,,,The Front,high,,,published',
    );
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });
});
