// A read feed as it crosses from a parse worker to the store worker: V8's serialization in a
// buffer of its own, handed over (transferred), and turned back into objects only when the feed's
// transaction runs. Feeds wait in the store worker's queue while others are stored; as object
// trees (what postMessage delivers) every one that waited through a garbage collection was copied
// and promoted to the old generation, then collected there. As bytes outside the heap they are
// nothing for the collector to trace, and the objects made from them die young.
import { deserialize, serialize } from 'node:v8';
import type { ParsedFeed } from '../feed-types';

export function packFeed(feed: ParsedFeed): Uint8Array<ArrayBuffer> {
  const bytes = serialize(feed) as Uint8Array<ArrayBuffer>;
  // Only a buffer that is all its own can be transferred; Node's serializer gives one, but a
  // pooled slice would hand over other data too, so it is copied instead.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Uint8Array.from(bytes);
}

export function unpackFeed(bytes: Uint8Array): ParsedFeed {
  return deserialize(bytes) as ParsedFeed;
}
