// A pattern's literal words as search-index phrases: "^ferry\s+(compass|pier)\b" holds the words
// "ferry compass" or "ferry pier" side by side at the start of the text, which the index answers in
// one walk (`^ "ferry compass" * OR ^ "ferry pier" *`) where "ferry AND (compass OR pier)" keeps
// every title with both words anywhere.
//
// It leans on the index's tokenizer (migration 15: `unicode61 remove_diacritics 2`) seeing
// the same word edges as the pattern. Only ASCII letters and digits count as word characters here
// (RE2's case folding of them, which takes the Kelvin sign for k and ſ for s, unicode61 folds
// alike), and only
// ASCII whitespace and ASCII punctuation as the space between words (unicode61 splits on all of
// them). Anything else breaks a run of words: a word beside it is "open" on that side. RE2's `\b`
// is ASCII, so "ferry\b" also matches "ferryé", where the index sees one word; but only in an
// article where an ASCII letter or digit touches a word character beyond ASCII (rules/mixed-words.ts).
// So a `\b` beside a word bounds it for every other article, and a query that counts on one says
// so (`wordBounds`): the articles with mixed words must then be read besides the index's answer.
//
// A word bounded on both sides is a whole token: the index finds exactly the texts that hold it
// (no stemmer since migration 15: "ferry" no longer finds "ferries"). A word open at its end is looked up as a
// prefix, open at its start as if it began a token (unless right after a wildcard: "p.er"): as
// everywhere in try-outs, the index finds words from their start (docs/decisions.md, "Rules"), so
// such a phrase may miss a text a pattern matches. `exactOnly` leaves open words out, so the query
// keeps every text the pattern matches.
import { closing } from './pattern-groups';

export interface IndexPhrases {
  /** An FTS5 query for one column, without the column filter: `(^ "a b" * OR "c") AND ("d")`. */
  query: string;
  /** True when the query keeps every article whose text the pattern matches (no open word was used). */
  exact: boolean;
  /** True when a `\b` bounds a word of the query: then it holds only for articles without mixed words. */
  wordBounds: boolean;
}

/**
 * A run of words as the pattern spells it: " a b" (leading or trailing space: bounded on that
 * side), "#a b#" where a `\b` bounds it (BOUND: only for articles without mixed words).
 */
type Spelling = string;

const BOUND = '#';

/** One stretch of the pattern made only of words and the space between them. */
interface Chain {
  anchored: boolean;
  /** Begun right after a piece that may be letters ("p.er"): its first word is likely the inside of one. */
  afterOther: boolean;
  spellings: Spelling[];
}

/** More spellings than this (alternations multiplied) make a query too long to be worth it. */
const MOST_SPELLINGS = 32;
const WORD = /[A-Za-z0-9]/;
/** ASCII punctuation written plainly (no meaning in a pattern there) or escaped. */
const PLAIN_GAP = /[ !"#%&',\-/:;<=>@_`~]/;
const ESCAPED_GAP = /[!-/:-@[-`{-~]/;

/** The index query a pattern's words give, or null when they give none worth asking. */
export function indexPhrases(pattern: string, exactOnly: boolean): IndexPhrases | null {
  // A query exact without any `\b` needs no article read besides it; only where none is does a
  // `\b` bound a word (and the articles with mixed words come with it).
  const plain = phrasesOf(pattern, exactOnly, false);
  if (plain?.exact) return plain;
  return phrasesOf(pattern, exactOnly, true) ?? plain;
}

/** `bounds`: whether a `\b` bounds the word beside it (else it stands for nothing). */
function phrasesOf(pattern: string, exactOnly: boolean, bounds: boolean): IndexPhrases | null {
  // Inline flags change what the words mean ((?i), (?m): "^" at every line); in \Q…\E "\s" is two letters.
  if (/\(\?(?!:)/.test(pattern) || pattern.includes('\\Q')) return null;
  const alternatives = topLevel(pattern);
  if (alternatives === null) return null;
  const queries: IndexPhrases[] = [];
  for (const alternative of alternatives) {
    const chains = sequenceChains(alternative, bounds);
    if (chains === null) return null;
    const parts = chains.map((chain) => chainQuery(chain, exactOnly)).filter((part): part is IndexPhrases => part !== null);
    // An alternative that needs no word lets every article through.
    if (parts.length === 0) return null;
    queries.push({ query: parts.map((part) => part.query).join(' AND '), exact: parts.every((part) => part.exact), wordBounds: parts.some((part) => part.wordBounds) });
  }
  if (queries.length === 1) return queries[0] as IndexPhrases;
  return {
    query: queries.map((part) => `(${part.query})`).join(' OR '),
    exact: queries.every((part) => part.exact),
    wordBounds: queries.some((part) => part.wordBounds),
  };
}

function chainQuery(chain: Chain, exactOnly: boolean): IndexPhrases | null {
  const phrases: string[] = [];
  let exact = true;
  let wordBounds = false;
  for (const spelling of chain.spellings) {
    let leftBound = chain.anchored || spelling.startsWith(' ') || spelling.startsWith(BOUND);
    const rightBound = spelling.endsWith(' ') || spelling.endsWith(BOUND);
    // A bound between two letters ("k\bk") matches only beside a Kelvin sign or a long s, that is in
    // an article with mixed words; for the others any query will do, so it splits like a space.
    const words = spelling.split(/[ #]/).filter((word) => word !== '');
    if (!leftBound && (exactOnly || chain.afterOther)) {
      // The index knows a word by its start; this one may be the end of a longer one.
      words.shift();
      leftBound = true;
    }
    let prefix = !rightBound;
    if (prefix && (exactOnly || (words.at(-1)?.length ?? 0) < 2)) {
      // A one-letter prefix reads a large part of the index; without its open word the phrase is bounded.
      words.pop();
      prefix = false;
    }
    if (words.length === 0) return null;
    if (prefix || !leftBound) exact = false;
    if (spelling.includes(BOUND)) wordBounds = true;
    phrases.push(`${chain.anchored ? '^ ' : ''}"${words.join(' ')}"${prefix ? ' *' : ''}`);
  }
  const unique = [...new Set(phrases)];
  return { query: unique.length === 1 ? (unique[0] as string) : `(${unique.join(' OR ')})`, exact, wordBounds };
}

/** The pattern's top-level alternatives, or null when its brackets do not pair. */
function topLevel(pattern: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at];
    if (char === '\\') at++;
    else if (char === '(' || char === '[') {
      const end = closing(pattern, at);
      if (end < 0) return null;
      at = end;
    } else if (char === '|') {
      parts.push(pattern.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(pattern.slice(start));
  return parts;
}

/**
 * The chains of one alternative, in order; each must be in any text it matches. An alternative
 * that starts with "^" anchors its first chain to the start of the text.
 */
function sequenceChains(alternative: string, bounds: boolean): Chain[] | null {
  const chains: Chain[] = [];
  let chain: Chain | null = null;
  const breakChain = (): void => {
    if (chain) chains.push(chain);
    chain = null;
  };
  let afterOther = false;
  const extend = (pieces: readonly Spelling[]): boolean => {
    chain ??= { anchored: false, afterOther, spellings: [''] };
    const spellings = chain.spellings.flatMap((spelling) => pieces.map((piece) => joinSpelling(spelling, piece)));
    if (spellings.length > MOST_SPELLINGS) return false;
    chain.spellings = [...new Set(spellings)];
    return true;
  };
  let at = 0;
  if (alternative.startsWith('^')) {
    chain = { anchored: true, afterOther: false, spellings: [''] };
    at = 1;
  }
  while (at < alternative.length) {
    const item = readItem(alternative, at, bounds);
    if (item === null) return null;
    at = item.end;
    if (item.kind === 'end') {
      // "$": the text ends here, so the word before it ends too.
      if (chain) extend([' ']);
      breakChain();
      continue;
    }
    if (item.kind === 'pieces') {
      if (!extend(item.pieces)) {
        breakChain();
        afterOther = true;
      }
      continue;
    }
    // Something else: a word beside it is open on that side.
    breakChain();
    afterOther = true;
  }
  breakChain();
  return chains;
}

type Item =
  | { kind: 'pieces'; pieces: Spelling[]; end: number }
  | { kind: 'end'; end: number }
  | { kind: 'other'; end: number };

/** The pattern item at `at` and what it can spell, with its quantifier. */
function readItem(text: string, at: number, bounds: boolean): Item | null {
  const char = text[at] as string;
  let pieces: Spelling[] | null = null;
  let end = at + 1;
  if (char === '\\') {
    const next = text[at + 1];
    if (next === undefined) return null;
    end = at + 2;
    if (next === 'b') pieces = [bounds ? BOUND : ''];
    if (next === 's' || ESCAPED_GAP.test(next)) pieces = [' '];
  } else if (char === '$') {
    return { kind: 'end', end };
  } else if (char === '(') {
    const close = closing(text, at);
    if (close < 0) return null;
    end = close + 1;
    const inner = text.slice(at + 1, close);
    pieces = inner.startsWith('?:') || !inner.startsWith('?') ? groupPieces(inner.replace(/^\?:/, ''), bounds) : null;
  } else if (char === '[') {
    const close = closing(text, at);
    if (close < 0) return null;
    end = close + 1;
  } else if (WORD.test(char)) {
    pieces = [char];
  } else if (PLAIN_GAP.test(char)) {
    pieces = [' '];
  }
  const quantifier = readQuantifier(text, end);
  if (quantifier.text !== '') {
    end = quantifier.end;
    // "\s+" and ",+" are still the space between words; a repeated word or an optional piece is not known.
    const mayRepeat = /^(\+|\{[1-9]\d*,\d*\}|\{[1-9]\d*\})\??$/.test(quantifier.text);
    if (!(mayRepeat && pieces !== null && pieces.every((piece) => piece.trim() === ''))) pieces = null;
  }
  return pieces === null ? { kind: 'other', end } : { kind: 'pieces', pieces, end };
}

/** What a group's alternatives spell, each made only of words and spaces; null for anything else. */
function groupPieces(inner: string, bounds: boolean): Spelling[] | null {
  const alternatives = topLevel(inner);
  if (alternatives === null) return null;
  const pieces: Spelling[] = [];
  for (const alternative of alternatives) {
    let spellings: Spelling[] = [''];
    for (let at = 0; at < alternative.length; ) {
      const item = readItem(alternative, at, bounds);
      if (item === null || item.kind === 'other' || item.kind === 'end') return null;
      at = item.end;
      spellings = spellings.flatMap((spelling) => item.pieces.map((piece) => joinSpelling(spelling, piece)));
      if (spellings.length > MOST_SPELLINGS) return null;
    }
    pieces.push(...spellings);
  }
  return [...new Set(pieces)];
}

/** Two spellings one after the other, the space between words kept to one (a bound beside a space is that space). */
function joinSpelling(left: Spelling, right: Spelling): Spelling {
  return `${left}${right}`.replace(/[ #]{2,}/g, (run) => (run.includes(' ') ? ' ' : BOUND));
}

function readQuantifier(text: string, at: number): { text: string; end: number } {
  const char = text[at];
  let end = at;
  if (char === '*' || char === '+' || char === '?') end = at + 1;
  else if (char === '{') {
    const match = /^\{\d*(,\d*)?\}/.exec(text.slice(at));
    if (match) end = at + match[0].length;
  }
  if (end > at && text[end] === '?') end++;
  return { text: text.slice(at, end), end };
}
