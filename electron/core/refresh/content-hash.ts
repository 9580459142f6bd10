// What decides whether a stored article changed: a hash of what a reader sees of it, never its
// read or star state. Computed where the item is read (a parse worker), so the one thread that
// stores every feed only compares it.
import { createHash } from 'node:crypto';
import type { ParsedFeed, ParsedItem } from '../feed-types';

export function contentHash(item: ParsedItem): string {
  return createHash('sha256')
    .update(JSON.stringify([item.title, item.link, item.author, item.content, item.enclosures, item.thumbnail]))
    .digest('base64url');
}

/** The feed with each item's hash set (after sanitizing: the stored content is what counts). */
export function withContentHashes(feed: ParsedFeed): ParsedFeed {
  return { ...feed, items: feed.items.map((item) => ({ ...item, contentHash: contentHash(item) })) };
}
