// An article's content hash is what decides whether a stored article changed (content-hash.ts).
// A library keeps the hashes earlier versions stored, so the hash of the same article must never
// change with how it is computed: these values were computed by the first version.
import { expect, it } from 'vitest';
import { contentHash } from '../../electron/core/refresh/content-hash';
import { item } from '../support/items';

it('gives an unchanged article the hash earlier versions stored for it', () => {
  const article = item('a', {
    title: 'Héllo “quotes”',
    link: 'https://example.com/a',
    author: 'Ann',
    content: '<p class="x">Text &amp; more</p>',
    enclosures: [{ url: 'https://example.com/a.mp3', type: 'audio/mpeg', length: 123 }],
  });
  expect(contentHash(article)).toBe('uqeg9rhelNeUCQ17qguztgWKmvHyTc4p6mXnSZyvQ5s');
});

it('ignores what a reader does not see of an article (its id, dates, summary)', () => {
  const article = item('a');
  const moved = { ...article, id: 'b', published: new Date(0), summary: 'other' };
  expect(contentHash(moved)).toBe(contentHash(article));
  expect(contentHash({ ...article, content: '<p>changed</p>' })).not.toBe(contentHash(article));
});
