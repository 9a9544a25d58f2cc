import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW } from '../store';
import { csvBlob, exportFileName, viewFileWords } from './export-file';

describe('export files', () => {
  it('write CSV with a byte-order mark, so spreadsheets read ≈ and accents as UTF-8', async () => {
    const blob = csvBlob('claim\r\n≈12,000 Ağacı\r\n');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('claim\r\n≈12,000 Ağacı\r\n');
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });

  it('name files by panel and date, as precisely as it is known', () => {
    expect(exportFileName('value', '2025', 'png')).toBe('value-2025.png');
  });
});

describe('file names that tell views apart', () => {
  it('puts the view between the panel and the date, and nothing for the whole view', () => {
    expect(exportFileName('casualties', '2025-06', 'png', viewFileWords(INITIAL_VIEW))).toBe(
      'casualties-2025-06.png',
    );
    const view = { ...INITIAL_VIEW, minConfidence: 'high' as const, asOf: '2025-01-31' };
    expect(
      exportFileName('casualties', '2025-01', 'csv', ['injured', ...viewFileWords(view)]),
    ).toBe('casualties-injured-high-confidence-known-as-of-2025-01-31-2025-01.csv');
  });
});
