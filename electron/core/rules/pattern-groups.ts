// Reading a regular expression's source by hand (required-text.ts, word-phrases.ts): where a group
// or a character class that opens at one index closes.

/** Index of the ")" or "]" closing the group or class opened at `open`, or -1. */
export function closing(text: string, open: number): number {
  const isClass = text[open] === '[';
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') {
      at++;
      continue;
    }
    if (isClass) {
      // "[]a]" and "[^]a]": a "]" first in the class is one of its characters.
      if (char === ']' && at > open + 1 && !(at === open + 2 && text[open + 1] === '^')) return at;
      continue;
    }
    if (char === '[') {
      const end = closing(text, at);
      if (end < 0) return -1;
      at = end;
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
  }
  return -1;
}
