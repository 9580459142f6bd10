// A read feed as it crosses from a parse worker to the store worker: V8's serialization in a
// buffer of its own, handed over (transferred), and turned back into objects only when the feed's
// transaction runs. Feeds wait in the store worker's queue while others are stored; as object
// trees (what postMessage delivers) every one that waited through a garbage collection was copied
// and promoted to the old generation, then collected there. As bytes outside the heap they are
// nothing for the collector to trace, and the objects made from them die young.
//
// An item's content and text already travel as UTF-8 in the feed's `utf8` (content-hash.ts), which
// is what the store binds; as strings they were most of the bytes again (two per character, the
// farm's articles being two-byte strings): 11.4 KB an article packed, 4.7 KB without them. Without
// them both threads serialize and collect less: `tidings refresh` took about 10% less CPU and wall
// time (docs/decisions.md). The store side reads either string only where it needs one (the
// rules' text, an old library's hash check), through getters that decode it from the feed's bytes.
// The getters are the items' class's: a copy made with `{ ...item }` has neither string. The UTF-8
// itself crosses beside the serialized feed, handed over as it is rather than copied into it.
import { deserialize, serialize } from 'node:v8';
import type { ParsedFeed, ParsedItem } from '../feed-types';

/** A feed packed to cross: its V8 serialization, and its UTF-8 (content-hash.ts) beside it as it is. */
export interface PackedFeed {
  bytes: Uint8Array<ArrayBuffer>;
  utf8: Uint8Array<ArrayBuffer> | null;
}

export function packFeed(feed: ParsedFeed): PackedFeed {
  const { utf8, ...rest } = feed;
  const bytes = serialize(utf8 ? { ...rest, items: feed.items.map(withoutUtf8Strings) } : rest) as Uint8Array<ArrayBuffer>;
  return { bytes: ownBuffer(bytes), utf8: utf8 ? ownBuffer(utf8) : null };
}

/** What a port hands over (moves) rather than copies: both buffers. */
export function transferList(packed: PackedFeed): ArrayBuffer[] {
  return packed.utf8 ? [packed.bytes.buffer, packed.utf8.buffer] : [packed.bytes.buffer];
}

export function unpackFeed(packed: PackedFeed): ParsedFeed {
  const feed = deserialize(packed.bytes) as ParsedFeed;
  const { utf8 } = packed;
  if (!utf8) return feed;
  feed.utf8 = utf8;
  const items = feed.items;
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as ParsedItem;
    if (item.utf8Span) items[index] = readingUtf8(item, utf8);
  }
  return feed;
}

/**
 * Only a buffer that is all its own can be transferred; Node's serializer gives one, and so does
 * Buffer.allocUnsafe above 4 KB, but a pooled slice would hand over other data too, so it is copied.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

type PackedItem = Omit<ParsedItem, 'content' | 'text'>;

function withoutUtf8Strings(item: ParsedItem): ParsedItem | PackedItem {
  if (!item.utf8Span) return item;
  const { content: _content, text: _text, ...packed } = item;
  return packed;
}

const decoder = new TextDecoder();

// The fields come from the packed item; the two strings are read from the feed's bytes when asked
// for. One class for all, so the items keep one shape; the bytes are a private field, not a field
// of the item (a spread or a comparison sees the item's own fields only).
interface ItemReadingUtf8 extends PackedItem {
  readonly utf8Span: [number, number, number];
}
class ItemReadingUtf8 {
  readonly #utf8: Uint8Array;

  constructor(packed: PackedItem, utf8: Uint8Array) {
    Object.assign(this, packed);
    this.#utf8 = utf8;
  }

  get content(): string {
    return decoder.decode(this.#utf8.subarray(this.utf8Span[0], this.utf8Span[1]));
  }

  get text(): string {
    return decoder.decode(this.#utf8.subarray(this.utf8Span[1], this.utf8Span[2]));
  }
}

/** The packed item with its content and text read from the feed's bytes when asked for. */
function readingUtf8(packed: PackedItem, utf8: Uint8Array): ParsedItem {
  return new ItemReadingUtf8(packed, utf8);
}
