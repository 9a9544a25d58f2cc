import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { checkDataUrl, fetchCustomDataset, originLabel, readDatasetFile } from './custom';
import { DatasetInvalidError, MAX_DATASET_BYTES } from './load';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('checkDataUrl', () => {
  const base = 'https://dashboard.example/app/';
  it('accepts http(s) addresses and paths on this site', () => {
    expect(checkDataUrl('https://data.example/d.json', base)).toMatchObject({ ok: true });
    const local = checkDataUrl('/files/mine.json', base);
    expect(local.ok && local.url.href).toBe('https://dashboard.example/files/mine.json');
  });

  it.each([
    ['javascript:alert(1)', 'uses javascript'],
    ['data:application/json,{}', 'uses data'],
    ['file:///etc/passwd', 'uses file'],
    ['   ', 'empty'],
  ])('refuses %s', (raw, message) => {
    const result = checkDataUrl(raw, base);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('names the origin briefly', () => {
    expect(originLabel(new URL('https://data.example/d.json'), 'https://dashboard.example')).toBe(
      'data.example',
    );
    expect(
      originLabel(new URL('https://dashboard.example/f/m.json'), 'https://dashboard.example'),
    ).toBe('/f/m.json');
  });
});

describe('readDatasetFile', () => {
  it('reads a valid file', async () => {
    const result = await readDatasetFile(new Blob([JSON.stringify(fixtureDataset())]));
    expect(result.ok).toBe(true);
  });

  it('refuses a file over the size cap without reading it', async () => {
    const big = { size: MAX_DATASET_BYTES + 1, text: vi.fn() } as unknown as Blob;
    const result = await readDatasetFile(big);
    expect(result.ok).toBe(false);
    expect(big.text).not.toHaveBeenCalled();
    if (!result.ok) expect(result.problems[0]!.message).toContain('at most 5 MB');
  });
});

describe('fetchCustomDataset', () => {
  it('validates what arrives', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"schemaVersion": 1}')),
    );
    await expect(fetchCustomDataset(new URL('https://data.example/d.json'))).rejects.toBeInstanceOf(
      DatasetInvalidError,
    );
  });

  it('migrates a version 1 file and says it did', async () => {
    const versionOne = readFileSync('data/releases/2025-09-02.json', 'utf8');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(versionOne)),
    );
    const loaded = await fetchCustomDataset(new URL('https://data.example/d.json'));
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.dataset.schemaVersion).toBe(3);
    expect(loaded.dataset.claims).toHaveLength(77);
  });

  it('gives up on a server that does not answer, and says so', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
          ),
      ),
    );
    const pending = fetchCustomDataset(new URL('https://slow.example/d.json'));
    const assertion = expect(pending).rejects.toThrow(
      'slow.example did not answer within 15 seconds.',
    );
    await vi.advanceTimersByTimeAsync(15_001);
    await assertion;
  });
});
