// UTF-32, which neither TextDecoder nor iconv-lite decodes. Rare in feeds, but a document in it
// must read as text, not as "neither XML nor JSON".

export interface Utf32 {
  encoding: 'utf-32le' | 'utf-32be';
  littleEndian: boolean;
  bomLength: number;
}

export function utf32Bom(bytes: Uint8Array): Utf32 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { encoding: 'utf-32le', littleEndian: true, bomLength: 4 };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: 'utf-32be', littleEndian: false, bomLength: 4 };
  return null;
}

/** The first non-blank character of a feed is "<" or "{": in UTF-32 three of its four bytes are NUL. */
export function utf32WithoutBom(bytes: Uint8Array): Utf32 | null {
  let i = 0;
  while (i + 3 < bytes.length && (isBlankAt(bytes, i, true) || isBlankAt(bytes, i, false))) i += 4;
  if (i + 3 >= bytes.length) return null;
  if (isCharAt(bytes, i, true, (c) => c === 0x3c || c === 0x7b)) return { encoding: 'utf-32le', littleEndian: true, bomLength: 0 };
  if (isCharAt(bytes, i, false, (c) => c === 0x3c || c === 0x7b)) return { encoding: 'utf-32be', littleEndian: false, bomLength: 0 };
  return null;
}

function isBlankAt(bytes: Uint8Array, at: number, littleEndian: boolean): boolean {
  return isCharAt(bytes, at, littleEndian, (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d);
}

function isCharAt(bytes: Uint8Array, at: number, littleEndian: boolean, test: (c: number) => boolean): boolean {
  const [low, a, b, high] = littleEndian ? [at, at + 1, at + 2, at + 3] : [at + 3, at + 2, at + 1, at];
  return bytes[a] === 0 && bytes[b] === 0 && bytes[high] === 0 && test(bytes[low] ?? 0);
}

/** Code units to text; a value that is no Unicode scalar, or a trailing partial unit, becomes U+FFFD. */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % 4);
  const parts: string[] = [];
  const CHUNK = 8_192;
  let points: number[] = [];
  for (let at = 0; at < whole; at += 4) {
    const code = view.getUint32(at, littleEndian);
    points.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    if (points.length === CHUNK) {
      parts.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  if (whole < bytes.byteLength) points.push(0xfffd);
  parts.push(String.fromCodePoint(...points));
  const text = parts.join('');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
