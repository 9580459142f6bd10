// joinRootPath parses a base's site once for all the bases that share its site key (normalize/
// site-key.ts): whatever order bases come in, each answer must be the URL parser's for that base.
import { expect, it } from 'vitest';
import { safeUrl } from '../../../electron/core/normalize/urls';
import { siteKey } from '../../../electron/core/normalize/site-key';
import { seededPicker } from '../../support/seeded';

const bases = [
  'http://127.0.0.1:38635/post/0/1', 'http://127.0.0.1:38635/post/0/2', 'http://127.0.0.1:38636/post/0/1',
  'https://example.org/a', 'https://example.org?x', 'https://example.org#y', 'https://example.org\\z', 'https://example.org',
  'https://example.org.evil/a', 'https://user:pw@example.org/a', 'https://user@example.org/a', 'HTTPS://EXAMPLE.ORG/a',
  'http://example.org:80/a', 'http://example.org:080/a', 'http:example.org/a', 'http:/example.org/a', 'http:\\\\example.org\\a',
  ' https://example.org/padded', 'https://exa\tmple.org/a', 'https://[::1]:8443/a', 'https://bücher.example/a',
  'ftp://example.org/a', 'mailto:x//y', 'https://a//b', 'not a url', 'https://',
];

function byTheParser(path: string, base: string): string | null {
  try {
    const url = new URL(path, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

it('joins root-relative paths as the URL parser does, whichever base came before', () => {
  const differences: string[] = [];
  const next = seededPicker(3);
  for (let n = 0; n < 5000; n++) {
    const base = bases[next(bases.length)] as string;
    const path = ['/post/1', '/a/b?c', '/x', '/'][next(4)] as string;
    const fast = safeUrl(path, base, 'link');
    if (fast !== byTheParser(path, base)) differences.push(`${path} on ${JSON.stringify(base)}: ${fast}`);
  }
  expect(differences.slice(0, 10)).toEqual([]);
});

it('keys a URL by the text up to the end of its authority', () => {
  expect(siteKey('http://127.0.0.1:38635/post/0/1')).toBe('http://127.0.0.1:38635');
  expect(siteKey('https://example.org?x=1')).toBe('https://example.org');
  expect(siteKey('https://example.org')).toBe('https://example.org');
  expect(siteKey('http:example.org/a')).toBe('http:example.org/a');
});
