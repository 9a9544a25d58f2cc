import { describe, expect, it } from 'vitest';
import { datasetUrlFor, pageAtRelease, releaseFromPath, releaseRoot } from './release-page';

describe('release pages', () => {
  it('reads the release a path pins', () => {
    expect(releaseFromPath('/v/2025-09-02/')).toBe('2025-09-02');
    expect(releaseFromPath('/dash/v/2025-09-02/embed/oil/')).toBe('2025-09-02');
    expect(releaseFromPath('/embed/oil/')).toBeNull();
    expect(releaseFromPath('/v/latest/')).toBeNull();
  });

  it('serves each release at its own root and dataset', () => {
    expect(releaseRoot('https://e.org/', null)).toBe('https://e.org/');
    expect(releaseRoot('https://e.org/', '2025-09-02')).toBe('https://e.org/v/2025-09-02/');
    expect(datasetUrlFor('/', null)).toBe('/data/dataset.json');
    expect(datasetUrlFor('/dash/', '2025-09-02')).toBe('/dash/data/releases/2025-09-02.json');
  });

  it('moves a page to another release, keeping its view', () => {
    const at = { pathname: '/v/2025-09-02/embed/oil/', search: '?claim=x', hash: '#oil' };
    expect(pageAtRelease(at, '/', null)).toBe('/embed/oil/?claim=x#oil');
    expect(pageAtRelease({ ...at, pathname: '/' }, '/', '2026-12-02')).toBe(
      '/v/2026-12-02/?claim=x#oil',
    );
    expect(pageAtRelease({ ...at, pathname: '/dash/embed/oil/' }, '/dash/', '2025-09-02')).toBe(
      '/dash/v/2025-09-02/embed/oil/?claim=x#oil',
    );
  });
});
