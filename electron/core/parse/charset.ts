// Bytes to text, before the XML reader (which takes a string) or JSON.parse sees them.
//
// The rule, in order:
//   1. A byte-order mark decides (UTF-8, UTF-16LE/BE, UTF-32LE/BE). So does UTF-16 or UTF-32
//      without a BOM, which shows as NUL bytes around the first "<" or "{".
//   2. The candidates are the HTTP header's charset, then the document's own declaration (the XML
//      prolog's encoding=, or an HTML <meta charset>, anywhere in the first 16 KB).
//   3. Bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever was declared. Servers and
//      generators often label UTF-8 as ISO-8859-1 or windows-1252 (miniflux's
//      utf8-incorrect-prolog.xml, windows-1252-incorrect-prolog.xml), while real legacy text
//      almost never happens to be valid UTF-8. Plain ASCII takes the first candidate, since only
//      ASCII-looking encodings such as ISO-2022-JP decode it differently.
//   4. Bytes that are not valid UTF-8 take the first candidate that is not UTF-8 (so a header's
//      wrong "utf-8" falls through to the prolog). With no candidate at all, the bytes are asked
//      (charset-detect.ts: Big5, EUC-JP, Shift_JIS, KOI8-R... as feedparser detects them). Then
//      text that is mostly UTF-8 with a few bad bytes stays UTF-8 (replacement characters for the
//      bad bytes), anything else is windows-1252, which is what "ISO-8859-1" means on the web
//      (miniflux's iso88591_utf8_mismatch.xml declares utf-8 over Latin-1 bytes).
//
// Legacy charsets go through iconv-lite, because Node 20's TextDecoder decodes windows-1252's
// 0x80–0x9F as C1 controls. TextDecoder only covers what iconv-lite lacks (ISO-2022-JP, x-mac-*).

import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { guessLegacyCharset } from './charset-detect';
import { decodeUtf32, utf32Bom, utf32WithoutBom } from './utf32';
import { validUtf8Text } from './utf8-text';

export interface DecodedText {
  text: string;
  /** The encoding actually used, e.g. "utf-8", "windows-1252", "koi8-r". */
  encoding: string;
}

// Where the WHATWG Encoding Standard gives a label a different meaning from iconv-lite's.
const WHATWG_ALIASES: ReadonlyMap<string, string> = new Map([
  ...aliases('windows-1252', [
    'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
    'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'x-cp1252',
  ]),
  ...aliases('windows-1254', [
    'cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9',
    'iso_8859-9:1989', 'l5', 'latin5', 'x-cp1254',
  ]),
  ...aliases('windows-874', ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620']),
  ...aliases('gbk', ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'iso-ir-58', 'x-gbk']),
  ...aliases('big5hkscs', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']),
  ...aliases('utf-16le', ['utf-16', 'ucs-2', 'unicode', 'csunicode', 'iso-10646-ucs-2', 'unicodefeff']),
  ...aliases('utf-16be', ['unicodefffe']),
  ...aliases('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'x-unicode20utf8']),
]);

function aliases(name: string, labels: string[]): [string, string][] {
  return labels.map((label) => [label, name]);
}

/** The decoder name for a charset label, or null if we cannot decode it. */
export function encodingForLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (clean === '') return null;
  const mapped = WHATWG_ALIASES.get(clean) ?? clean;
  // UTF-7 smuggles markup past filters; the web refuses it, so do we.
  if (mapped === 'utf-7' || mapped === 'utf7') return null;
  if (mapped === 'utf-8' || mapped === 'utf-16le' || mapped === 'utf-16be') return mapped;
  if (iconv.encodingExists(mapped)) return mapped;
  try {
    return new TextDecoder(mapped).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2] ?? null;
}

/** The encoding a document declares about itself: the XML prolog, else an HTML meta tag. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps bytes one to one, so offsets and ASCII markup survive whatever the real charset.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 16_384)).toString('latin1');
  const prolog = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']\s*([^"'\s]+)\s*["']/i.exec(head);
  if (prolog) return prolog[1] ?? null;
  // <meta charset> only counts in an HTML page, not in HTML quoted inside a feed.
  if (/^\s*<\?xml/i.test(head) || !/<(?:!doctype\s+html|html[\s>])/i.test(head)) return null;
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

export function decodeDocument(bytes: Uint8Array, contentType: string | null): DecodedText {
  // UTF-32LE's BOM begins like UTF-16LE's, and its "<" like UTF-16LE's: it is asked first.
  const utf32 = utf32Bom(bytes) ?? utf32WithoutBom(bytes);
  if (utf32) return { text: decodeUtf32(bytes.subarray(utf32.bomLength), utf32.littleEndian), encoding: utf32.encoding };
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16 };

  // A document whose markup reads as ASCII cannot mean a label for an encoding that is not
  // ASCII-compatible ("UTF-16", EBCDIC): it was re-encoded on the way and kept its old label.
  const candidates = [encodingForLabel(charsetFromContentType(contentType)), encodingForLabel(declaredCharset(bytes))]
    .filter((e): e is string => e !== null && asciiCompatible(e));

  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = isAscii(buffer);
  const utf8 = ascii || isUtf8(buffer);
  let encoding: string;
  if (ascii) encoding = candidates[0] ?? 'utf-8';
  else if (utf8) encoding = 'utf-8';
  else encoding = candidates.find((e) => e !== 'utf-8') ?? undeclared(bytes, candidates.length > 0);
  // Bytes known to be valid UTF-8 need no replacement rules: Buffer's decoder is several times
  // quicker than TextDecoder's, which was a sixth of the parse stage on the feed farm's feeds, and
  // ICU's to UTF-16 quicker again for text that is not all ASCII (utf8-text.ts).
  if (encoding === 'utf-8' && utf8) return { text: withoutBom(validUtf8Text(buffer, ascii)), encoding };
  return { text: decodeAs(bytes, encoding), encoding };
}

/** Bytes that are not UTF-8 and whose charset nobody named (or only as a wrong "utf-8"). */
function undeclared(bytes: Uint8Array, saidUtf8: boolean): string {
  const guess = saidUtf8 ? null : encodingForLabel(guessLegacyCharset(bytes));
  if (guess !== null && asciiCompatible(guess)) return guess;
  return mostlyUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function asciiCompatible(encoding: string): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const probe = '<?xml version="1.0"?><rss>&amp;</rss>';
  return decodeAs(Buffer.from(probe, 'latin1'), encoding) === probe;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

function utf16WithoutBom(bytes: Uint8Array): string | null {
  // The first non-blank character of a feed is "<" or "{", both ASCII: in UTF-16 one of its two
  // bytes is NUL.
  let i = 0;
  while (i + 1 < bytes.length && isBlank16(bytes[i] ?? 0, bytes[i + 1] ?? 0)) i += 2;
  const a = bytes[i];
  const b = bytes[i + 1];
  if (a === undefined || b === undefined) return null;
  if (b === 0 && (a === 0x3c || a === 0x7b)) return 'utf-16le';
  if (a === 0 && (b === 0x3c || b === 0x7b)) return 'utf-16be';
  return null;
}

function isBlank16(a: number, b: number): boolean {
  const blank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  return (a === 0 && blank(b)) || (b === 0 && blank(a));
}

/** Valid multi-byte sequences outnumber invalid bytes four to one: UTF-8 with a few bad bytes. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += length;
    } else {
      bad++;
      i += 1;
    }
  }
  return good > 0 && good >= bad * 4;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  const text =
    encoding === 'utf-8' || !iconv.encodingExists(encoding)
      ? new TextDecoder(encoding).decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return withoutBom(text);
}

/** A BOM inside the text (a second one, or one TextDecoder kept) would sit before the first tag. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
