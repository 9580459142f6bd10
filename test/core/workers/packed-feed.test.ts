// A read feed crosses from a parse worker to the store worker as bytes (packed-feed.ts): it must
// arrive as it left, and its buffer must be its own so that handing it over moves nothing else.
// Content and text the feed carries as UTF-8 cross once, as those bytes.
import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { ParsedFeed } from '../../../electron/core/feed-types';
import { contentHash, firstFormHash, withContentHashes } from '../../../electron/core/refresh/content-hash';
import { packFeed, unpackFeed } from '../../../electron/core/workers/packed-feed';
import { feedOf, item } from '../../support/items';

const feed = {
  ...feedOf([
    item('a', { updated: new Date('2024-02-03T04:05:06Z'), categories: ['x', 'y'], text: 'Content a', contentHash: 'h' }),
    item('b', { enclosures: [{ url: 'https://example.org/b.mp3', type: null, length: null }], author: 'Zoë' }),
  ]),
  images: { icons: ['https://example.org/i.png'], logos: [] },
};

it('unpacks a feed as it was packed, dates as dates and absent fields absent', () => {
  const back = unpackFeed(packFeed(feed));
  expect(back).toEqual(feed);
  expect(back.items[0]?.published).toBeInstanceOf(Date);
  expect('categories' in (back.items[1] ?? {})).toBe(false);
});

it('packs into a buffer of its own, which a port hands over whole', () => {
  const packed = packFeed(feed);
  expect(packed.byteOffset).toBe(0);
  expect(packed.byteLength).toBe(packed.buffer.byteLength);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(packed, [packed.buffer]);
  expect(packed.byteLength).toBe(0); // moved, not copied
  const arrived = receiveMessageOnPort(port2)?.message as Uint8Array;
  expect(unpackFeed(arrived)).toEqual(feed);
  port1.close();
});

describe('a feed whose content and text travel as UTF-8', () => {
  const ready = withContentHashes(
    feedOf([
      item('accents', { title: 'Café', content: '<p>Crème brûlée — 😀 ok</p>', text: 'Crème brûlée — 😀 ok', mixedWords: false }),
      item('plain', { content: '<p>Plain &amp; simple</p>', text: 'Plain & simple', mixedWords: false, categories: ['c'] }),
    ]),
  );
  const strings = (feed: ParsedFeed) => feed.items.map(({ content, text }) => ({ content, text }));
  const others = (feed: ParsedFeed) => feed.items.map(({ content: _c, text: _t, ...rest }) => ({ ...rest }));

  it('leaves the strings out of the bytes, which hold them once already', () => {
    const packed = packFeed(ready);
    const withStrings = serialize(ready);
    const stringBytes = ready.items.reduce((sum, each) => sum + each.content.length + (each.text ?? '').length, 0);
    expect(withStrings.byteLength - packed.byteLength).toBeGreaterThanOrEqual(stringBytes);
  });

  it('reads content and text back from the bytes, every other field as it was', () => {
    const back = unpackFeed(packFeed(ready));
    expect(strings(back)).toEqual(strings(ready));
    expect(others(back)).toEqual(others(ready));
    expect(back.items[0]?.published).toBeInstanceOf(Date);
  });

  it('gives an old library’s hash check the same content (the first form hashes it as a string)', () => {
    const back = unpackFeed(packFeed(ready));
    expect(back.items.map(firstFormHash)).toEqual(ready.items.map(firstFormHash));
    expect(back.items.map(contentHash)).toEqual(ready.items.map((each) => each.contentHash));
  });
});
