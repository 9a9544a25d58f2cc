import { describe, expect, it } from 'vitest';
import { mapPhase, unavailableReason } from './map-phase';

const base = { webgl: null, failure: null, drawn: false, near: false } as const;

describe('mapPhase', () => {
  it('waits until the map is near and WebGL 2 is known to work', () => {
    expect(mapPhase(base)).toBe('waiting');
    expect(mapPhase({ ...base, webgl: 'webgl2' })).toBe('waiting');
    expect(mapPhase({ ...base, webgl: 'webgl2', near: true })).toBe('loading');
    expect(mapPhase({ ...base, webgl: 'webgl2', near: true, drawn: true })).toBe('drawn');
  });

  it('gives up without WebGL 2, or after a failure, even once drawn', () => {
    expect(mapPhase({ ...base, webgl: 'webgl1-only', near: true })).toBe('no-webgl');
    expect(mapPhase({ ...base, webgl: 'webgl2', drawn: true, failure: 'lost' })).toBe('failed');
    expect(unavailableReason('none', null)).toMatch(/WebGL is switched off/);
    expect(unavailableReason('webgl1-only', null)).toMatch(/needs WebGL 2/);
    expect(unavailableReason('webgl2', 'WebGL context is lost')).toBe('WebGL context is lost');
  });
});
