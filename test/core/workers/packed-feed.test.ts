// A read feed crosses from a parse worker to the store worker as bytes (packed-feed.ts): it must
// arrive as it left, and its buffer must be its own so that handing it over moves nothing else.
// Content and text the feed carries as UTF-8 cross once, as those bytes.
import { describe, expect, it } from 'vitest';
import { serialize } from 'node:v8';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type { ParsedFeed } from '../../../electron/core/feed-types';
import { contentHash, firstFormHash, withContentHashes } from '../../../electron/core/refresh/content-hash';
import { packFeed, transferList, unpackFeed, type PackedFeed } from '../../../electron/core/workers/packed-feed';
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

it('packs into buffers of their own, which a port hands over whole', () => {
  for (const sent of [feed, withContentHashes(feed)]) {
    const packed = packFeed(sent);
    const buffers = [packed.bytes, ...(packed.utf8 ? [packed.utf8] : [])];
    expect(buffers).toHaveLength(sent.utf8 ? 2 : 1);
    for (const bytes of buffers) {
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    }
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(packed, transferList(packed));
    for (const bytes of buffers) expect(bytes.byteLength).toBe(0); // moved, not copied
    const arrived = receiveMessageOnPort(port2)?.message as PackedFeed;
    const back = unpackFeed(arrived);
    expect(back.items.map((each) => [each.id, each.content, each.text])).toEqual(sent.items.map((each) => [each.id, each.content, each.text]));
    port1.close();
  }
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

  it('leaves the strings out of the serialized bytes, and hands the UTF-8 that holds them over beside', () => {
    const packed = packFeed(ready);
    const { utf8, ...withStrings } = ready;
    const stringBytes = ready.items.reduce((sum, each) => sum + each.content.length + (each.text ?? '').length, 0);
    expect(serialize(withStrings).byteLength - packed.bytes.byteLength).toBeGreaterThanOrEqual(stringBytes);
    expect(Array.from(packed.utf8 ?? [])).toEqual(Array.from(utf8 ?? []));
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
