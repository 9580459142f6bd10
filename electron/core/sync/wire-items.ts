// Items as a Google Reader API server gives them, through the same normalize and sanitize stages as
// a feed a refresh reads (read-feed.ts): the database holds only safe HTML, whoever fetched the feed.
import { withContentHashes } from '../refresh/content-hash';
import type { ParsedFeed, ParsedItem } from '../feed-types';
import { normalizeFeed } from '../normalize';
import { sanitizeFeed } from '../sanitize';
import { longItemId } from './greader/item-ids';
import type { WireItem } from './greader/wire';

/** One feed's items, ready to store; each item's id is the server's long item id. */
export function readWireItems(items: readonly WireItem[], feedUrl: string, title: string): ParsedItem[] {
  const feed: ParsedFeed = { format: 'atom', title, link: null, ttlMinutes: null, items: items.map(toParsedItem) };
  return withContentHashes(sanitizeFeed(normalizeFeed(feed, feedUrl))).items;
}

function toParsedItem(item: WireItem): ParsedItem {
  // FreshRSS fills only `summary`; Miniflux both.
  const content = item.content?.content ?? item.summary?.content ?? '';
  return {
    id: longItemId(item.id),
    title: item.title ?? '',
    link: item.canonical?.[0]?.href ?? item.alternate?.[0]?.href ?? null,
    published: seconds(item.published),
    updated: seconds(item.updated),
    author: item.author ?? null,
    content,
    summary: '',
    enclosures: [],
    thumbnail: null,
  };
}

function seconds(value: number | null | undefined): Date | null {
  return typeof value === 'number' && value > 0 ? new Date(value * 1000) : null;
}
