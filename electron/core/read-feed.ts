// The parse stage as a whole: bytes in, a feed ready to store out (absolute URLs, stable ids, safe
// HTML). Pure CPU work with no shared state, so it runs in a worker thread as well as inline.
import type { FetchedDocument, ParsedFeed } from './feed-types';
import { normalizeFeed } from './normalize';
import { parseFeed } from './parse';
import { sanitizeFeed } from './sanitize';

export async function readFeedDocument(document: FetchedDocument): Promise<ParsedFeed> {
  return sanitizeFeed(normalizeFeed(await parseFeed(document), document.url));
}
