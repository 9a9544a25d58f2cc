import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { claimsToCsv, csvCell } from './csv';

/** The cells of one CSV line, quotes undone. */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .slice(0, -1)
    .map(([, cell]) => (cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!));
}

describe('claimsToCsv', () => {
  it('puts the qualifier, claimant, source and date beside every number', () => {
    const dataset = fixtureDataset();
    const csv = claimsToCsv(dataset, dataset.claims, 'published');
    const [header, first] = csv.trim().split('\r\n');
    expect(header).toBe(
      'claim_id,measure,metric,claim,short,qualifier,value,low,unit,claimant,claimant_kind,source_title,source_publisher,source_url,claimed_on,period_from,period_to,place,confidence,note,derived,dataset,claimed_by,claimed_in_words,source_credit,retracted_on,retracted_reason,corrections',
    );
    expect(first).toBe(
      'report-killed,Killed,killed,more than 100 killed,>100,more-than,100,,killed,Spy Agency,intelligence service,The report,Report Press,https://example.org/report,2024-12-23,,,The Front,high,,,published,,23 December 2024,Original Daily via Report Press,,,',
    );
  });

  it('writes a date as precisely as it is known, and keeps withdrawals and corrections', () => {
    const dataset = fixtureDataset();
    dataset.claims[2] = {
      ...dataset.claims[2]!,
      claimedOn: '2025-01',
      retracted: { date: '2025-02', reason: 'Withdrawn by the agency.' },
      corrections: [{ date: '2025-01-20', change: 'The unit was wrong.' }],
    };
    delete dataset.claims[3]!.claimedOn;
    dataset.claims[3]!.claimedBy = '2025-01-09';
    const [header, ...rows] = claimsToCsv(dataset, dataset.claims, 'published')
      .trim()
      .split('\r\n');
    const columns = header!.split(',');
    const cell = (row: number, column: string) => cells(rows[row]!)[columns.indexOf(column)];
    expect(cell(2, 'claimed_on')).toBe('2025-01');
    expect(cell(2, 'claimed_in_words')).toBe('January 2025');
    expect(cell(2, 'retracted_on')).toBe('2025-02');
    expect(cell(2, 'retracted_reason')).toBe('Withdrawn by the agency.');
    expect(cell(2, 'corrections')).toBe('2025-01-20: The unit was wrong.');
    expect(cell(3, 'claimed_on')).toBe('');
    expect(cell(3, 'claimed_by')).toBe('2025-01-09');
    expect(cell(3, 'claimed_in_words')).toBe('on or before 9 January 2025');
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
  });
});
