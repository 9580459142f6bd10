// Root-relative paths are joined to their base without the URL parser (normalize/root-relative.ts):
// for every path and base, safeUrl must answer exactly what the parser's resolution gives.
import { expect, it } from 'vitest';
import { safeUrl, type UrlUse } from '../../../electron/core/normalize/urls';

function byTheParser(raw: string, base: string, use: UrlUse): string | null {
  const value = raw.trim();
  if (value === '' || /^data:/i.test(value)) return safeUrl(raw, base, use);
  try {
    const url = new URL(value, base);
    if (use === 'frame') return safeUrl(raw, base, use);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    return use === 'link' && url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

const bases = [
  'https://example.org/blog/2024/post.html',
  'http://Example.ORG:80/a/b/',
  'https://user:p%40ss@host.example:8443/x?q=1#frag',
  'http://[::1]:3000/feed',
  'https://bücher.example/katalog',
  'http://127.0.0.1:38635/post/0/1',
  'https://example.org',
  'ftp://files.example/pub/',
  'mailto:someone@example.org',
];

const paths = [
  '/', '/post/1/2', '/a//b', '//evil.example/x', '/\\evil', '/./a', '/a/./b', '/a/..', '/a/../b', '/..', '/...',
  '/.hidden', '/a.', "/it's", '/a b', '/a%20b', '/a?b', '/a#b', '/é', '/A/B', '/a:b@c', '/~user/', '/$&+,;=!*()',
  '/a`b', '/{x}', '/<x>', '/"x"', '/a\tb', '/a\nb', ' /padded ', '/%2e%2e/x', '/a/%2E/b',
];

// Every path above, and random ones from an alphabet with every character the parser might change.
const alphabet = "/abcAZ09-._~!$&'()*+,;=:@%?#\\ `{}<>\"é.\t";
let seed = 7;
const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
for (let n = 0; n < 3000; n++) {
  let path = '/';
  for (let length = Math.floor(random() * 12); length > 0; length--) path += alphabet[Math.floor(random() * alphabet.length)];
  paths.push(path);
}

it('joins a root-relative path to its base exactly as the URL parser resolves it, for every use', () => {
  const differences: string[] = [];
  for (const base of bases) {
    for (const path of paths) {
      for (const use of ['link', 'image', 'media', 'frame'] as const) {
        const fast = safeUrl(path, base, use);
        const parsed = byTheParser(path, base, use);
        if (fast !== parsed) differences.push(`${JSON.stringify(path)} on ${base} (${use}): ${fast} != ${parsed}`);
      }
    }
  }
  expect(differences.slice(0, 10)).toEqual([]);
});
