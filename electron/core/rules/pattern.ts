// A rule's regular expression, compiled by re2js: a linear-time engine, so no pattern (not even
// "(a+)+$") can make matching an article take longer than reading it. re2js is plain JavaScript,
// so there is nothing to build (docs/decisions.md, "Rules").
import { RE2JS } from 're2js';
import { TidingsError } from '../../../shared/errors';

export interface Pattern {
  test(text: string): boolean;
}

/** Refuses a pattern RE2 cannot run, saying where in it the trouble is (1 is the first character). */
export function compilePattern(source: string, caseSensitive: boolean): Pattern {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new TidingsError('bad_input', patternTrouble(source, error));
  }
  return { test: (text) => compiled.test(text) };
}

function patternTrouble(source: string, error: unknown): string {
  const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
  const piece = error && typeof error === 'object' && 'input' in error && typeof error.input === 'string' ? error.input : '';
  // RE2 names the offending piece, not its place; the piece's last occurrence is where parsing gave up.
  const at = piece === '' || piece === source ? source.length : source.lastIndexOf(piece);
  const position = at < 0 ? source.length : at;
  return `the pattern "${source}" cannot be used, at character ${position + 1}: ${detail}`;
}
