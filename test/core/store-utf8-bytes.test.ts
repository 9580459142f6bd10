// The parse stage hands each feed's content and text on as UTF-8 (content-hash.ts), and the store
// binds those bytes instead of converting the strings (store/articles.ts). What lands in the
// library must be the same text, stored as text, as when the strings are bound.
import { expect, it } from 'vitest';
import type { ParsedFeed } from '../../electron/core/feed-types';
import { contentHash, withContentHashes } from '../../electron/core/refresh/content-hash';
import { packFeed, unpackFeed } from '../../electron/core/workers/packed-feed';
import { connectionOf } from '../../electron/core/store';
import { feedOf, item, noValidators } from '../support/items';
import { withTempStore } from '../support/temp-store';

const temp = withTempStore();

const sanitized = (): ParsedFeed =>
  feedOf([
    item('ascii', { content: '<p>Plain</p>', text: 'Plain', mixedWords: false }),
    item('accents', { title: 'Café “quotes”', content: '<p>Crème brûlée — 😀 ok</p>', text: 'Crème brûlée — 😀 ok', mixedWords: false }),
    item('cjk', { content: '<p>日本語のテキスト and Ελληνικά</p>', text: '日本語のテキスト and Ελληνικά', mixedWords: true }),
    item('empty', { content: '', text: '', mixedWords: false }),
    // A lone surrogate has no UTF-8 (a JSON Feed can escape one): see the test below.
    item('surrogate', { title: 'x\uD800', content: '<p>a\uDC00b</p>', text: 'a\uDC00b', mixedWords: false }),
  ]);

const stored = (feedId: number) =>
  connectionOf(temp.store)
    .prepare(
      `SELECT a.guid, c.html, c.text, typeof(c.html) AS html_type, typeof(c.text) AS text_type, c.mixed_words
       FROM articles a JOIN article_content c ON c.article_id = a.id WHERE a.feed_id = ? ORDER BY a.guid`,
    )
    .all(feedId);

it('stores the UTF-8 a parse worker hands over as the same text the strings give', () => {
  const fromBytes = temp.store.feeds.add({ url: 'https://example.org/bytes' });
  const fromStrings = temp.store.feeds.add({ url: 'https://example.org/strings' });
  const ready = withContentHashes(sanitized());
  expect(ready.utf8).toBeInstanceOf(Uint8Array);
  // Through the store worker's door: packed, handed over, unpacked.
  temp.store.feeds.saveFetched(fromBytes, unpackFeed(packFeed(ready)), noValidators);
  const { utf8: _bytes, ...withoutBytes } = ready;
  temp.store.feeds.saveFetched(fromStrings, withoutBytes, noValidators);

  const wellFormed = (row: unknown) => (row as { guid: string }).guid !== 'surrogate';
  const rows = stored(fromBytes);
  expect(rows.filter(wellFormed)).toEqual(stored(fromStrings).filter(wellFormed));
  expect(rows).toContainEqual({
    guid: 'accents', html: '<p>Crème brûlée — 😀 ok</p>', text: 'Crème brûlée — 😀 ok', html_type: 'text', text_type: 'text', mixed_words: 0,
  });
  expect(rows.every((row) => (row as { html_type: string }).html_type === 'text')).toBe(true);
});

it('stores a lone surrogate as one replacement character, valid UTF-8', () => {
  const feedId = temp.store.feeds.add({ url: 'https://example.org/bytes' });
  temp.store.feeds.saveFetched(feedId, unpackFeed(packFeed(withContentHashes(sanitized()))), noValidators);
  // Bound as a string, better-sqlite3 wrote the surrogate's three bytes as they are (not UTF-8,
  // read back as three replacement characters); the buffer holds U+FFFD's encoding.
  expect(stored(feedId)).toContainEqual({
    guid: 'surrogate', html: '<p>a\uFFFDb</p>', text: 'a\uFFFDb', html_type: 'text', text_type: 'text', mixed_words: 0,
  });
});

it('gives the hash the string form gives, so a stored article matches whichever way it came', () => {
  const feed = sanitized();
  const ready = withContentHashes(feed);
  expect(ready.items.map((one) => one.contentHash)).toEqual(feed.items.map(contentHash));
});

it('keeps a feed\'s bytes its own when the next feed is read, a feed larger than the scratch space too', () => {
  const first = withContentHashes(sanitized());
  const large = withContentHashes(feedOf([item('large', { content: '<p>'.padEnd(3_000_000, 'é'), text: 'y'.repeat(3000) })]));
  withContentHashes(feedOf([item('other', { content: '<p>'.padEnd(5000, 'x'), text: 'y'.repeat(3000) })]));
  expect(large.utf8?.byteLength).toBeGreaterThan(5_900_000);
  expect(large.items[0]?.contentHash).toBe(contentHash(large.items[0]!));
  const utf8 = (text: string | undefined) => Buffer.from(text ?? '', 'utf8');
  for (const one of first.items) {
    const [start, middle, end] = one.utf8Span ?? [0, 0, 0];
    expect(Buffer.from(first.utf8?.subarray(start, middle) ?? [])).toEqual(utf8(one.content));
    expect(Buffer.from(first.utf8?.subarray(middle, end) ?? [])).toEqual(utf8(one.text));
  }
});

it('lets a rule read the text of a feed that came through the store worker’s door (decoded from its bytes)', () => {
  temp.store.rules.add({ name: 'brulee', match: 'all', conditions: [{ field: 'content', op: 'contains', value: 'brûlée' }], actions: ['star'], stop: false, enabled: true });
  const feedId = temp.store.feeds.add({ url: 'https://example.org/ruled' });
  temp.store.feeds.saveFetched(feedId, unpackFeed(packFeed(withContentHashes(sanitized()))), noValidators);
  const starred = connectionOf(temp.store)
    .prepare('SELECT a.guid FROM articles a JOIN article_state s ON s.article_id = a.id WHERE a.feed_id = ? AND s.starred = 1')
    .all(feedId);
  expect(starred).toEqual([{ guid: 'accents' }]);
});
