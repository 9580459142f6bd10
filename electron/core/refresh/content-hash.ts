// What decides whether a stored article changed: a hash of what a reader sees of it, never its
// read or star state. Computed where the item is read (a parse worker), so the one thread that
// stores every feed only compares it.
import { Buffer } from 'node:buffer';
import { hash } from 'node:crypto';
import type { ParsedFeed, ParsedItem } from '../feed-types';

// The form this version writes: the parts, each after its length, hashed in one call (no JSON:
// escaping every quote of the HTML was two thirds of the cost). A collision could only hide an
// edit of one article from its own earlier copy, so 22 characters (132 bits) are plenty. The prefix
// tells it from the first form (43 characters of base64url, which has no '.').
const FORM = '2.';

export function contentHash(item: ParsedItem): string {
  return digest(hashedText(item));
}

function digest(data: string | Uint8Array): string {
  return FORM + hash('sha256', data, 'base64url').slice(0, 22);
}

/** Every part after its length, a missing one as "-": no two different articles give the same text. */
function hashedText(item: ParsedItem): string {
  return partsBeforeContent(item) + item.content;
}

/** Ends in an ASCII character, so the content's UTF-8 starts where this string's ends. */
function partsBeforeContent(item: ParsedItem): string {
  let text = part(item.title) + part(item.link) + part(item.author) + part(item.thumbnail) + `${item.enclosures.length}|`;
  for (const enclosure of item.enclosures) {
    text += part(enclosure.url) + part(enclosure.type) + (enclosure.length === null ? '-' : `${enclosure.length}|`);
  }
  return text;
}

function part(value: string | null): string {
  return value === null ? '-' : `${value.length}:${value}`;
}

/**
 * Whether `stored`, a hash an earlier version wrote, is the one that version gives this item: the
 * article is unchanged and only the hash's form is old. Libraries keep the first form's hashes.
 */
export function isEarlierHashOf(stored: string, item: ParsedItem): boolean {
  return !stored.startsWith(FORM) && stored === firstFormHash(item);
}

/** The first form: SHA-256 of the parts as JSON. */
export function firstFormHash(item: ParsedItem): string {
  return hash('sha256', JSON.stringify([item.title, item.link, item.author, item.content, item.enclosures, item.thumbnail]), 'base64url');
}

/**
 * The feed with each item's hash set (after sanitizing: the stored content is what counts), and
 * every item's content and text as UTF-8 in one buffer (`ParsedFeed.utf8`, `ParsedItem.utf8Span`).
 * Hashing encodes the content anyway; handing those bytes on spares the store thread, ingest's
 * busiest, converting each article's HTML and text when it binds them. One buffer per feed, not
 * one per item: a worker message carries each buffer through a call of its own.
 */
export function withContentHashes(feed: ParsedFeed): ParsedFeed {
  used = 0;
  const items = feed.items.map((item): ParsedItem => {
    const hashedFrom = used;
    write(partsBeforeContent(item));
    const contentStart = used;
    write(item.content);
    const contentHash = digest(scratch.subarray(hashedFrom, used));
    if (item.text === undefined) return { ...item, contentHash };
    const textStart = used;
    write(item.text);
    return { ...item, contentHash, utf8Span: [contentStart, textStart, used] };
  });
  // Copied out to its exact size: a buffer sized for the worst case (3 bytes per UTF-16 unit) per
  // feed made V8 count three times the memory outside its heap, and collect that much more often.
  const utf8 = Buffer.allocUnsafe(used);
  scratch.copy(utf8, 0, 0, used);
  // One enormous feed should not keep its worker's memory for good.
  if (scratch.length > SCRATCH_KEPT) scratch = Buffer.allocUnsafeSlow(SCRATCH_KEPT);
  return { ...feed, items, utf8 };
}

/**
 * Where a feed's UTF-8 is written first; it grows for a feed larger than this, then shrinks back.
 * Made on first use: the store worker loads this module for isEarlierHashOf and never writes here.
 */
const SCRATCH_KEPT = 4 << 20;
let scratch = Buffer.alloc(0);
let used = 0;

function write(text: string): void {
  if (scratch.length - used < text.length * 3) {
    const bigger = Buffer.allocUnsafeSlow(Math.max(SCRATCH_KEPT, scratch.length * 2, used + text.length * 3));
    scratch.copy(bigger, 0, 0, used);
    scratch = bigger;
  }
  used += scratch.write(text, used, 'utf8');
}
