// A legacy encoding guessed from the bytes, for documents that name none (no BOM, header or
// declaration) and are not UTF-8: feedparser reads these through chardet; we use jschardet.
//
// Only the encodings below are taken from a guess. Undeclared windows-1252 is far more common than
// all of them together, and a guess between single-byte Latin encodings is a coin toss, so any
// other answer leaves the document to the fallback rule in charset.ts.
//
// jschardet costs ~250 ms to load and its model ~400 ms to unpack on first use, so it is loaded
// on the first document that needs it, never on the path of an ordinary feed.

import { createRequire } from 'node:module';

interface Detection {
  encoding: string | null;
  confidence: number;
}

interface Detector {
  detect(bytes: Uint8Array): Detection;
}

const TRUSTED_GUESSES: ReadonlySet<string> = new Set([
  'big5', 'big5-hkscs', 'euc-jp', 'euc-kr', 'cp949', 'uhc', 'gb2312', 'gbk', 'gb18030', 'hz-gb-2312',
  'shift_jis', 'cp932', 'windows-31j', 'koi8-r', 'koi8-u', 'windows-1251', 'tis-620', 'windows-874', 'cp874',
  'windows-1255', 'iso-8859-8', 'windows-1256',
]);

/** What the detector reads: enough text to be sure, little enough to stay quick on a huge feed. */
const SAMPLE_BYTES = 16_384;
/** Below this jschardet is guessing among near-equals. */
const MIN_CONFIDENCE = 0.2;
/**
 * Fewer bytes above 0x7F than this are no evidence, whatever the confidence: jschardet calls one
 * Latin-1 "é" in an English feed KOI8-R with 0.95. Cyrillic, Hebrew or CJK text has dozens.
 */
const MIN_NON_ASCII_BYTES = 16;

let detector: Detector | null = null;

/** The charset label the bytes most likely are in, if it is one we trust a guess for; else null. */
export function guessLegacyCharset(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (!looksNonLatin(sample)) return null;
  detector ??= createRequire(import.meta.url)('jschardet') as Detector;
  const { encoding, confidence } = detector.detect(sample);
  if (encoding === null || confidence < MIN_CONFIDENCE) return null;
  const label = encoding.toLowerCase();
  return TRUSTED_GUESSES.has(label) ? label : null;
}

/**
 * Whether the bytes could be one of the encodings we trust a guess for, cheaply, before paying for
 * jschardet (tens of ms per document). Their letters are all above 0x7F, so those bytes come in
 * runs: a CJK character is two bytes, a Cyrillic or Hebrew word a run of them. Latin-1 text has
 * an accented letter here and there between ASCII ones ("café", "Müller").
 */
function looksNonLatin(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let previousHigh = false;
  for (let i = 0; i < bytes.length; i++) {
    const isHigh = (bytes[i] ?? 0) >= 0x80;
    if (isHigh) {
      high++;
      if (previousHigh || (bytes[i + 1] ?? 0) >= 0x80) inRuns++;
    }
    previousHigh = isHigh;
  }
  return high >= MIN_NON_ASCII_BYTES && inRuns * 4 >= high * 3;
}
