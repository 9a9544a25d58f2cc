/**
 * Words a PNG carries inside the file, as international text chunks (iTXt, UTF-8): the title,
 * the view, the sources and the link stay with the image when it is pasted into slides, even
 * where the picture's own lines are cropped. The keywords are the PNG standard's.
 */
export interface PngText {
  Title: string;
  Description?: string;
  Source?: string;
  Comment?: string;
  Warning?: string;
  'Creation Time'?: string;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | undefined;
function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(bytes: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (const byte of bytes) c = t[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An uncompressed iTXt chunk: keyword, NUL, no compression, no language, NUL, NUL, the text. */
function itxt(keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword);
  const body = encoder.encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // key NUL, compression flag 0, method 0, empty language NUL, empty translated keyword NUL.
  data.set(body, key.length + 5);
  return chunk('iTXt', data);
}

/** The PNG's bytes with the words added right after its header chunk. */
export function addPngText(png: Uint8Array, text: PngText): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG file');
  const headerEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const chunks = Object.entries(text)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([keyword, words]) => itxt(keyword, words));
  const size = chunks.reduce((sum, c) => sum + c.length, png.length);
  const out = new Uint8Array(size);
  out.set(png.subarray(0, headerEnd), 0);
  let at = headerEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(headerEnd), at);
  return out;
}

/** The words of a PNG's iTXt and tEXt chunks, by keyword. */
export function readPngText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const decoder = new TextDecoder();
  const found: Record<string, string> = {};
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const nul = data.indexOf(0);
    if (type === 'tEXt' && nul > 0)
      found[decoder.decode(data.subarray(0, nul))] = String.fromCharCode(...data.subarray(nul + 1));
    if (type === 'iTXt' && nul > 0 && data[nul + 1] === 0) {
      const language = data.indexOf(0, nul + 3);
      const translated = data.indexOf(0, language + 1);
      found[decoder.decode(data.subarray(0, nul))] = decoder.decode(data.subarray(translated + 1));
    }
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return found;
}

/** A PNG blob with the words added. */
export async function withPngText(png: Blob, text: PngText): Promise<Blob> {
  const bytes = new Uint8Array(await png.arrayBuffer());
  return new Blob([addPngText(bytes, text) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}
