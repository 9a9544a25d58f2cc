import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPngText, crc32, readPngText } from './png-text';

/** A one-pixel white PNG, built by hand so the test knows every byte of it. */
function onePixelPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
  };
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, 1);
  new DataView(header.buffer).setUint32(4, 1);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.from([0, 255, 255, 255]));
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(pixels)),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** Every chunk's CRC checked against its type and data, as a PNG reader checks them. */
function chunksAreSound(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const types: string[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const crc = view.getUint32(at + 8 + length);
    if (crc !== crc32(png.subarray(at + 4, at + 8 + length))) return null;
    types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)));
    at += 12 + length;
  }
  return types;
}

describe('words inside a PNG', () => {
  it('computes the CRC the PNG standard gives for an IEND chunk', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds UTF-8 text chunks after the header, each with a sound CRC, and reads them back', () => {
    const png = addPngText(onePixelPng(), {
      Title: 'Casualties among North Korean troops',
      Description: 'Injured · High-confidence claims only · ≈ about',
      Warning: '',
    });
    expect(chunksAreSound(png)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(readPngText(png)).toEqual({
      Title: 'Casualties among North Korean troops',
      Description: 'Injured · High-confidence claims only · ≈ about',
    });
  });

  it('refuses what is not a PNG', () => {
    expect(() => addPngText(new TextEncoder().encode('GIF89a'), { Title: 'x' })).toThrow(
      'not a PNG',
    );
  });
});
