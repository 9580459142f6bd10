// Shared by the parse-stage tests: run a document through parse, or through the whole
// parse → normalize → sanitize pipeline, as refresh does.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedFeed } from '../../../electron/core/feed-types';
import { normalizeFeed } from '../../../electron/core/normalize';
import { parseFeed } from '../../../electron/core/parse';
import { sanitizeFeed } from '../../../electron/core/sanitize';

export const FEED_URL = 'https://example.org/feed.xml';

/** The shared corpus sits next to the repository (../shared/corpus from its root), here and in CI. */
export const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));

export function corpusFile(path: string): Buffer {
  return readFileSync(CORPUS + path);
}

export function parse(body: string | Uint8Array, contentType: string | null = null, url = FEED_URL): Promise<ParsedFeed> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return parseFeed({ url, body: bytes, contentType });
}

export async function pipeline(body: string | Uint8Array, contentType: string | null = null, url = FEED_URL): Promise<ParsedFeed> {
  return sanitizeFeed(normalizeFeed(await parse(body, contentType, url), url));
}

/** A minimal RSS 2.0 document around some <item> markup. */
export function rss(items: string, channel = '<title>T</title><link>https://example.org/</link>', attrs = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${attrs}><channel>${channel}${items}</channel></rss>`;
}

/** A minimal Atom 1.0 document around some <entry> markup. */
export function atom(entries: string, head = '<title>T</title>', attrs = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"${attrs}>${head}${entries}</feed>`;
}
