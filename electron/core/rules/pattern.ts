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
    throw new TidingsError('bad_input', patternTrouble(source, error, caseSensitive ? '' : '(?i)'));
  }
  return { test: (text) => compiled.test(text) };
}

/** `flag` is what re2js put before the pattern for case-insensitivity; the person never typed it. */
function patternTrouble(source: string, error: unknown, flag: string): string {
  const typed = (text: string) => (flag !== '' && text.startsWith(flag) && !source.startsWith(flag) ? text.slice(flag.length) : text);
  const message = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
  const detail = message.replace(/`([^`]*)`/g, (_quote, quoted: string) => `\`${typed(quoted)}\``);
  const piece = error && typeof error === 'object' && 'input' in error && typeof error.input === 'string' ? typed(error.input) : '';
  // RE2 names the offending piece, not its place; the piece's last occurrence is where parsing gave up.
  // For an unclosed group it names the whole pattern; the last "(" is the likeliest culprit.
  const at = message.startsWith('missing closing )') && source.includes('(')
    ? source.lastIndexOf('(')
    : piece === '' || piece === source ? source.length : source.lastIndexOf(piece);
  const position = at < 0 ? source.length : at;
  return `the pattern "${source}" cannot be used, at character ${position + 1}: ${detail}`;
}
