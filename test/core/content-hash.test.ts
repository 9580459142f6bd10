// An article's content hash is what decides whether a stored article changed (content-hash.ts).
// A library keeps the hashes earlier versions stored, so each form's hash of the same article must
// never change with how it is computed: these values were computed by the version that wrote them.
import { expect, it } from 'vitest';
import { contentHash, firstFormHash, isEarlierHashOf } from '../../electron/core/refresh/content-hash';
import { item } from '../support/items';

const article = item('a', {
  title: 'Héllo “quotes”',
  link: 'https://example.com/a',
  author: 'Ann',
  content: '<p class="x">Text &amp; more</p>',
  enclosures: [{ url: 'https://example.com/a.mp3', type: 'audio/mpeg', length: 123 }],
});

it('gives an unchanged article the hash earlier versions stored for it', () => {
  expect(firstFormHash(article)).toBe('uqeg9rhelNeUCQ17qguztgWKmvHyTc4p6mXnSZyvQ5s');
  expect(contentHash(article)).toBe('2.06zt3HG_8sRpKU03j51A1E');
});

it('knows a first-form hash of the same article, and only of the same article', () => {
  expect(isEarlierHashOf('uqeg9rhelNeUCQ17qguztgWKmvHyTc4p6mXnSZyvQ5s', article)).toBe(true);
  expect(isEarlierHashOf('uqeg9rhelNeUCQ17qguztgWKmvHyTc4p6mXnSZyvQ5s', { ...article, title: 'Hello' })).toBe(false);
  expect(isEarlierHashOf(contentHash(article), article)).toBe(false);
});

it('ignores what a reader does not see of an article (its id, dates, summary)', () => {
  const plain = item('a');
  const moved = { ...plain, id: 'b', published: new Date(0), summary: 'other' };
  expect(contentHash(moved)).toBe(contentHash(plain));
  expect(contentHash({ ...plain, content: '<p>changed</p>' })).not.toBe(contentHash(plain));
});

it('tells apart articles whose parts differ only in where one ends and the next begins', () => {
  const plain = item('a', { title: 'ab', link: null, author: 'c', content: 'd' });
  const variants = [
    { ...plain, title: 'a', author: 'bc' },
    { ...plain, title: 'abc', author: null },
    { ...plain, author: null, content: 'cd' },
    { ...plain, link: '' },
    { ...plain, enclosures: [{ url: 'x', type: null, length: null }] },
    { ...plain, enclosures: [{ url: 'x', type: null, length: 1 }] },
    { ...plain, enclosures: [{ url: 'x', type: '', length: null }] },
  ];
  const hashes = new Set([plain, ...variants].map(contentHash));
  expect(hashes.size).toBe(variants.length + 1);
});
