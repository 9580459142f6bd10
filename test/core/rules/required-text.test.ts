// The text a pattern cannot match without (required-text.ts): it lets a rule skip RE2 on most
// articles and SQL narrow a try-out, so it must never leave out text a match could have.
import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { requiredText } from '../../../electron/core/rules/required-text';

describe('what a pattern needs', () => {
  it('reads plain runs, required groups and top-level alternatives', () => {
    const cases: [string, string[][] | null][] = [
      ['\\bferry\\s+compass\\b', [['ferry'], ['compass']]],
      ['^ferry\\s+(compass|pier)\\b', [['ferry'], ['compass', 'pier']]],
      ['(?:spam|scam) alert', [['spam', 'scam'], [' alert']]],
      ['^(spam|scam)$', [['spam', 'scam']]],
      ['(?:foo|bar)12\\d+$', [['foo', 'bar']]],
      ['colou?r', [['colo']]],
      ['sponsored:', [['sponsored:']]],
      ['\\.com\\b', [['.com']]],
      ['a[bc]def', [['def']]],
      ['(?:news)?letter', [['letter']]],
      ['(?:abc)+x', [['abc']]],
      // A "]" first in a negated class is one of its characters: the class ends at the second "]".
      ['[^]abc]ferry', [['ferry']]],
    ];
    for (const [pattern, expected] of cases) expect(requiredText(pattern), pattern).toEqual(expected);
  });

  it('knows nothing rather than something wrong', () => {
    for (const pattern of ['(a+)+$', 'abc|de', '(?i)abc', '\\x41bcd', '\\Qa.b\\E', 'ab+cd', '(abc', '[abc', '(?P<n>abc)', '(?:abc)*']) {
      expect(requiredText(pattern), pattern).toBeNull();
    }
  });

  it('never leaves out a text the pattern matches', () => {
    const samples: [string, string][] = [
      ['^ferry\\s+(compass|pier)\\b', 'ferry  pier here'],
      ['(?:spam|scam) alert', 'big scam alert'],
      ['colou?r', 'color'],
      ['(?:foo|bar)12\\d+$', 'x bar123'],
      ['a{0}bcd', 'bcd'],
      ['ab{1,3}cd', 'abbbcd'],
    ];
    for (const [pattern, text] of samples) {
      expect(RE2JS.compile(pattern).test(text), pattern).toBe(true);
      const needed = requiredText(pattern) ?? [];
      expect(needed.every((set) => set.some((part) => text.includes(part))), pattern).toBe(true);
    }
  });
});
