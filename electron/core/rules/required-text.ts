// What text a pattern cannot match without: "\bferry\s+compass\b" needs "ferry" and "compass",
// "(?:spam|scam) alert" needs "spam" or "scam", and " alert"; "(a+)+$" needs nothing known. Running
// RE2 only on articles that contain it saves most of a pattern's cost (RE2 in JavaScript is slow on
// long text), and lets SQL narrow a try-out. Conservative: anything not understood gives null
// (no narrowing), never a wrong answer.
import { closing } from './pattern-groups';

/** Literal runs shorter than this narrow too little to be worth a check. */
const SHORTEST = 3;

/**
 * Text every match contains, as sets: each set has a member in any text the pattern matches
 * ("ferry\s+(compass|pier)" gives [["ferry"], ["compass", "pier"]]). null when nothing is known.
 */
export function requiredText(pattern: string): string[][] | null {
  // Inline flags ((?i), (?s)...) and named groups change how the text reads; leave them to RE2.
  if (/\(\?(?!:)/.test(pattern)) return null;
  const needed = alternativesNeed(pattern);
  return needed && needed.length > 0 ? needed : null;
}

/** For "a|b|c": one set, the union of what each alternative needs most; a lone alternative, all it needs. */
function alternativesNeed(pattern: string): string[][] | null {
  const alternatives = splitTopLevel(pattern);
  if (alternatives === null) return null;
  if (alternatives.length === 1) return sequenceNeeds(alternatives[0] as string);
  const union: string[] = [];
  for (const alternative of alternatives) {
    const needs = sequenceNeeds(alternative);
    if (!needs || needs.length === 0) return null;
    // Its most telling set: the one whose shortest member is longest.
    const best = needs.reduce((a, b) => (shortest(b) > shortest(a) ? b : a));
    union.push(...best);
  }
  return [union];
}

const shortest = (set: readonly string[]): number => Math.min(...set.map((text) => text.length));

/** The pattern's top-level alternatives. */
function splitTopLevel(pattern: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at];
    if (char === '\\') {
      at++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(pattern.slice(start, at));
      start = at + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  parts.push(pattern.slice(start));
  return parts;
}

const QUANTIFIER = /[?*+{]/;
const ESCAPED_LITERAL = /[\\.^$|?*+()[\]{}\-\/ #&~"'!,:;<=>@%`]/;

/** Everything one alternative (no top-level "|") needs: its plain runs, and its groups' needs. */
function sequenceNeeds(alternative: string): string[][] | null {
  const needs: string[][] = [];
  let run = '';
  const endRun = (): void => {
    if (run.length >= SHORTEST) needs.push([run]);
    run = '';
  };
  for (let at = 0; at < alternative.length; at++) {
    const char = alternative[at] as string;
    let literal: string | null = null;
    let width = 1;
    if (char === '\\') {
      const next = alternative[at + 1];
      // \x41, \101, \pL, \Q…\E: characters written another way; not worth reading.
      if (next !== undefined && /[xpPQ0-9]/.test(next)) return null;
      if (next !== undefined && ESCAPED_LITERAL.test(next)) literal = next;
      width = 2;
    } else if (char === '(' || char === '[') {
      const end = closing(alternative, at);
      if (end < 0) return null;
      endRun();
      const quantifier = alternative[end + 1] ?? '';
      const optional = quantifier === '?' || quantifier === '*' || /^\{0\s*[,}]/.test(alternative.slice(end + 1));
      // A group that must be there: what it needs, the sequence needs.
      if (char === '(' && !optional) {
        const inner = alternativesNeed(alternative.slice(at + 1, end).replace(/^\?:/, ''));
        if (inner) needs.push(...inner);
      }
      at = QUANTIFIER.test(quantifier) ? skipQuantifier(alternative, end + 1) : end;
      continue;
    } else if (!/[.^$|)\]?*+{}]/.test(char)) {
      literal = char;
    }
    const after = alternative[at + width];
    if (literal === null) {
      endRun();
      if (QUANTIFIER.test(after ?? '')) at = skipQuantifier(alternative, at + width);
      else at += width - 1;
      continue;
    }
    if (after !== undefined && QUANTIFIER.test(after)) {
      // "ab?": the "b" may be absent; "ab+": one "b" is there, but the run cannot go on past it.
      const atLeastOnce = after === '+' || (after === '{' && !/^\{0\s*[,}]/.test(alternative.slice(at + width)));
      if (atLeastOnce) run += literal;
      endRun();
      at = skipQuantifier(alternative, at + width);
      continue;
    }
    run += literal;
    at += width - 1;
  }
  endRun();
  return needs;
}


/** The index of the quantifier's last character (and its lazy "?"), starting at `at`. */
function skipQuantifier(text: string, at: number): number {
  let end = at;
  if (text[at] === '{') {
    const close = text.indexOf('}', at);
    end = close < 0 ? at : close;
  }
  if (text[end + 1] === '?') end++;
  return end;
}
