// What decides whether a stored article changed: a hash of what a reader sees of it, never its
// read or star state. Computed where the item is read (a parse worker), so the one thread that
// stores every feed only compares it.
import { hash } from 'node:crypto';
import type { ParsedFeed, ParsedItem } from '../feed-types';

// The form this version writes: the parts, each after its length, hashed in one call (no JSON:
// escaping every quote of the HTML was two thirds of the cost). A collision could only hide an
// edit of one article from its own earlier copy, so 128 of SHA-256's bits are plenty. The prefix
// tells it from the first form (43 characters of base64url, which has no '.').
const FORM = '2.';

export function contentHash(item: ParsedItem): string {
  return FORM + hash('sha256', hashedText(item), 'base64url').slice(0, 22);
}

/** Every part after its length, a missing one as "-": no two different articles give the same text. */
function hashedText(item: ParsedItem): string {
  let text = part(item.title) + part(item.link) + part(item.author) + part(item.thumbnail) + `${item.enclosures.length}|`;
  for (const enclosure of item.enclosures) {
    text += part(enclosure.url) + part(enclosure.type) + (enclosure.length === null ? '-' : `${enclosure.length}|`);
  }
  return text + item.content;
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

/** The feed with each item's hash set (after sanitizing: the stored content is what counts). */
export function withContentHashes(feed: ParsedFeed): ParsedFeed {
  return { ...feed, items: feed.items.map((item) => ({ ...item, contentHash: contentHash(item) })) };
}
