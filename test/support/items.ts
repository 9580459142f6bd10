// Parsed items built by hand, for tests of the store below the parser.
import type { ParsedFeed, ParsedItem } from '../../electron/core/feed-types';

export function item(id: string, overrides: Partial<ParsedItem> = {}): ParsedItem {
  return {
    id,
    title: `Title ${id}`,
    link: `https://example.org/${id}`,
    published: new Date('2024-01-01T00:00:00Z'),
    updated: null,
    author: null,
    content: `<p>Content ${id}</p>`,
    summary: `Content ${id}`,
    enclosures: [],
    thumbnail: null,
    ...overrides,
  };
}

export function feedOf(items: ParsedItem[], title = 'A feed'): ParsedFeed {
  return { format: 'rss', title, link: 'https://example.org/', ttlMinutes: null, items };
}

export const noValidators = { etag: null, lastModified: null };
