// The store worker only stores: its bundle must not carry the parse stage, which every refresh's
// store worker would load and compile at its start for nothing (iconv-lite's tables, the feed
// parser). The bundle is what the tests' global setup built into dist/.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('leaves the feed parser and its character sets out of the store worker it never runs in', () => {
  const bundle = readFileSync('dist/store-worker.mjs', 'utf8');
  // esbuild heads each bundled file with a comment naming it.
  const bundled = [...bundle.matchAll(/^\/\/ ((?:node_modules\/)?[^\s]+\.[cm]?[jt]s)$/gm)].map((match) => match[1] ?? '');
  expect(bundled.length).toBeGreaterThan(10);
  expect(bundled.filter((file) => /^electron\/core\/parse\/|^node_modules\/iconv-lite\//.test(file))).toEqual([]);
});
