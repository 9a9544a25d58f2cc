import { describe, expect, it } from 'vitest';
import { csvBlob, exportFileName } from './export-file';

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
