// The parse stage as a whole: bytes in, a feed ready to store out (absolute URLs, stable ids, safe
// HTML, each item's content hash). Pure CPU work with no shared state, so it runs in a worker thread as well as inline.
import { withContentHashes } from './content-hash';
import type { FetchedDocument, ParsedFeed } from '../feed-types';
import { normalizeFeed } from '../normalize';
import { parseFeed } from '../parse';
import { sanitizeFeed } from '../sanitize';

export async function readFeedDocument(document: FetchedDocument): Promise<ParsedFeed> {
  return withContentHashes(sanitizeFeed(normalizeFeed(await parseFeed(document), document.url)));
}
