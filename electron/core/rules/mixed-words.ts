// Whether an article has a word the search index and a pattern's `\b` see differently. RE2's `\b`
// is ASCII: in "日本ferry" or "ferryé" it finds a word edge where the index's tokenizer (unicode61)
// sees one longer word. Only where an ASCII letter or digit touches a character beyond ASCII that
// unicode61 counts as part of a word can the two part; an article without any such place ("mixed
// words") is answered exactly by the index for a `\b`-bounded word (rules/word-phrases.ts). Set
// once where the plain text is made (the sanitize stage, in a parse worker) and kept with the
// content (migration 16); try-outs read the articles with it set besides the index's answer.
import { FTS_WORD_RANGES } from './fts-word-chars';

/** Word characters of the Basic Multilingual Plane, one byte each: a lookup, not a search of the ranges. */
const bmpWord = new Uint8Array(0x10000);
for (let at = 0; at < FTS_WORD_RANGES.length; at += 2) {
  const first = FTS_WORD_RANGES[at] as number;
  if (first < 0x10000) bmpWord.fill(1, first, Math.min(0x10000, (FTS_WORD_RANGES[at + 1] as number) + 1));
}

/** Whether unicode61 counts a code point beyond ASCII as part of a word. */
export function isIndexWordCharacter(codePoint: number): boolean {
  if (codePoint < 0x10000) return bmpWord[codePoint] === 1;
  let low = 0;
  let high = FTS_WORD_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < (FTS_WORD_RANGES[2 * middle] as number)) high = middle - 1;
    else if (codePoint > (FTS_WORD_RANGES[2 * middle + 1] as number)) low = middle + 1;
    else return true;
  }
  return false;
}

// Runs of characters beyond ASCII; only their two ends can touch an ASCII letter or digit. One
// scan by the regular expression engine, then a look at each end: about 2 µs an article of the
// corpus, where one pattern over code points took 17 (docs/decisions.md, "Rules and `\b`").
const BEYOND_ASCII = /[^\x00-\x7f]+/g;

/** True when, in any of the texts, an ASCII letter or digit touches a character beyond ASCII that unicode61 counts as a word's. */
export function hasMixedWords(...texts: readonly (string | null | undefined)[]): boolean {
  for (const text of texts) if (text && mixedIn(text)) return true;
  return false;
}

function mixedIn(text: string): boolean {
  BEYOND_ASCII.lastIndex = 0;
  for (let run = BEYOND_ASCII.exec(text); run !== null; run = BEYOND_ASCII.exec(text)) {
    const start = run.index;
    const end = start + run[0].length;
    if (start > 0 && isAsciiWord(text.charCodeAt(start - 1)) && isIndexWordCharacter(text.codePointAt(start) as number)) return true;
    if (end < text.length && isAsciiWord(text.charCodeAt(end)) && isIndexWordCharacter(lastCodePoint(text, end))) return true;
  }
  return false;
}

const isAsciiWord = (unit: number): boolean => (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122);

/** The code point that ends just before `end`: a surrogate pair is read whole. */
function lastCodePoint(text: string, end: number): number {
  const unit = text.charCodeAt(end - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && end >= 2) {
    const before = text.charCodeAt(end - 2);
    if (before >= 0xd800 && before <= 0xdbff) return text.codePointAt(end - 2) as number;
  }
  return unit;
}
