// The shared items as one document model, before it is written as Atom, JSON Feed or a page.
// Entry ids are made from the source feed and the item's own id, so they stay the same however
// often the folder is written and whichever library wrote it.
import { createHash } from 'node:crypto';
import type { SharedItem } from '../store';

export interface SharedEntry {
  id: string;
  title: string;
  url: string | null;
  sharedAt: string;
  published: string | null;
  author: string | null;
  note: string | null;
  /** Plain text, from the feed's summary. */
  summary: string;
  /** Sanitized at ingest (the feed's content), or '' when the article had none. */
  contentHtml: string;
  /**
   * The feed it came from, as the public may see it: its site link and title. Never the subscribed
   * address, which for a private feed (Patreon, a private repository) carries its secret.
   */
  source: { id: string; title: string; url: string | null };
}

export interface SharedFeed {
  id: string;
  title: string;
  author: string;
  /** The newest share, or the moment of writing when there is none. */
  updated: string;
  /**
   * Where the three documents live: an absolute URL ending in "/" when known (the web host), or
   * null in a folder, whose documents then link to each other by relative name.
   */
  base: string | null;
  entries: SharedEntry[];
}

export const sharedFileNames = { atom: 'shared.atom', json: 'shared.json', page: 'index.html' } as const;

const iso = (ms: number): string => new Date(ms).toISOString();

/** An http(s) URL as is; anything else (javascript:, data:, a bad value) is dropped. */
export function safeHttpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A link fit to publish: http(s) only, without a user name, password, query or fragment, any of
 * which may hold a secret (https://user:pass@host/feed?token=…).
 */
export function publicUrl(value: string | null): string | null {
  const safe = safeHttpUrl(value);
  if (!safe) return null;
  const url = new URL(safe);
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A feed's public name: its own title, else its site's host name; never its subscribed address. */
function sourceTitle(feedTitle: string, siteUrl: string | null): string {
  // A title that is an address (an OPML outline may name a feed by its URL) is no better than one.
  if (feedTitle.trim() && !safeHttpUrl(feedTitle.trim())) return feedTitle;
  return siteUrl ? new URL(siteUrl).host : '(untitled feed)';
}

/** A name-based UUID (SHA-1, RFC 9562 version 5 layout) for an entry. */
export function entryId(feedUrl: string, guid: string): string {
  const hex = createHash('sha1').update(`${feedUrl}\n${guid}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function sharedFeed(input: { id: string; items: readonly SharedItem[]; base: string | null; now: number }): SharedFeed {
  const newest = input.items[0]?.sharedAt;
  return {
    id: input.id,
    title: 'Shared items',
    author: 'Shared with Tidings',
    updated: iso(newest ?? input.now),
    base: input.base,
    entries: input.items.map((item) => ({
      id: entryId(item.feedUrl, item.guid),
      title: item.title || '(untitled)',
      url: safeHttpUrl(item.link),
      sharedAt: iso(item.sharedAt),
      published: item.publishedAt === null ? null : iso(item.publishedAt),
      author: item.author,
      note: item.note,
      summary: item.summary,
      contentHtml: item.html ?? '',
      source: publicSource(item),
    })),
  };
}

function publicSource(item: SharedItem): SharedEntry['source'] {
  const url = publicUrl(item.siteUrl);
  // The id only has to be stable and unique per feed; a hash of the address says nothing of it.
  return { id: url ?? entryId(item.feedUrl, ''), title: sourceTitle(item.feedTitle, url), url };
}

/** A link from one of the documents to another (or to the page, for ""). */
export function documentUrl(feed: SharedFeed, name: string): string {
  return feed.base ? new URL(name, feed.base).href : name || './';
}
