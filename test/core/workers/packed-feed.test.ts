// A read feed crosses from a parse worker to the store worker as bytes (packed-feed.ts): it must
// arrive as it left, and its buffer must be its own so that handing it over moves nothing else.
import { expect, it } from 'vitest';
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
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
