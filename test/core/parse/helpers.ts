// Shared by the parse-stage tests: run a document through parse, or through the whole
// parse → normalize → sanitize pipeline, as refresh does.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedFeed } from '../../../electron/core/feed-types';
import { normalizeFeed } from '../../../electron/core/normalize';
import { parseFeed } from '../../../electron/core/parse';
import { sanitizeFeed } from '../../../electron/core/sanitize';

export const FEED_URL = 'https://example.org/feed.xml';

/** The feed corpus, copied into the repository with its licences so a bare clone tests the same bytes. */
export const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

/** Every file below `dir` whose name `keep` accepts, sorted, as paths relative to `from`. */
export function filesBelow(dir: string, from: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesBelow(path, from, keep);
      return keep(name) ? [relative(from, path)] : [];
    });
}

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
