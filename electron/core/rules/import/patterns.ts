// Regular expressions written for another reader's engine (Go's RE2 for Miniflux, PHP's PCRE for
// Tiny Tiny RSS), read as far as a rule can carry them: a pattern that is plain text becomes words
// (contains / notContains), one that is a pattern stays a pattern only if JavaScript reads it the
// same way.

/** Characters that make a pattern more than text. */
const special = /[\\^$.|?*+()[\]{}]/;

/**
 * The text a pattern matches, if it matches only that text: "breaking news", "C\+\+" ("C++").
 * Null for anything with a real pattern in it.
 */
export function literalOf(pattern: string): string | null {
  let text = '';
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at] as string;
    if (char === '\\') {
      const next = pattern[at + 1];
      // An escaped punctuation mark is itself; \b, \d, \s and the like are patterns.
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return null;
      text += next;
      at++;
    } else if (special.test(char)) return null;
    else text += char;
  }
  return text.trim() ? text : null;
}

/**
 * The alternatives of "a|b|c", "(a|b)" or "(?:a|b)" when each is plain text; null otherwise. The
 * words of a keep rule: an article is kept when it has one of them.
 */
export function literalAlternatives(pattern: string): string[] | null {
  let body = pattern;
  const group = /^\((?:\?:)?(.*)\)$/s.exec(body);
  if (group && !/[()]/.test(group[1] as string)) body = group[1] as string;
  const words: string[] = [];
  let current = '';
  for (let at = 0; at < body.length; at++) {
    const char = body[at] as string;
    if (char === '\\') {
      current += body.slice(at, at + 2);
      at++;
    } else if (char === '|') {
      words.push(current);
      current = '';
    } else current += char;
  }
  words.push(current);
  const literal = words.map(literalOf);
  return literal.every((word): word is string => word !== null) ? literal : null;
}

export interface ReadPattern {
  pattern: string;
  caseSensitive: boolean;
}

/**
 * A Go (RE2) pattern as JavaScript reads it: Go matches case as written unless the pattern starts
 * with (?i); (?P<name>…) is (?<name>…); \A and \z are the ends of the text. Anything JavaScript
 * cannot read is an Error with the reason.
 */
export function fromGoPattern(written: string): ReadPattern | Error {
  let pattern = written.trim();
  let caseSensitive = true;
  const flags = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (flags) {
    if (!/^[is]+$/.test(flags[1] as string)) return new Error(`its flags (?${flags[1]}) have no equivalent here`);
    if (flags[1]!.includes('s')) return new Error('its (?s) flag has no equivalent here');
    caseSensitive = false;
    pattern = pattern.slice(flags[0].length);
  }
  pattern = pattern.replace(/\(\?P</g, '(?<').replace(/\\A/g, '^').replace(/\\z/g, '$');
  const refused = unreadable(pattern);
  return refused ? new Error(refused) : { pattern, caseSensitive };
}

/** Why JavaScript cannot read a pattern, or null when it can. */
export function unreadable(pattern: string): string | null {
  if (/\(\?[a-zA-Z]/.test(pattern)) return 'it sets flags inside the pattern, which have no equivalent here';
  try {
    new RegExp(pattern);
    return null;
  } catch (error) {
    return `the pattern cannot be read here (${error instanceof Error ? error.message : String(error)})`;
  }
}
