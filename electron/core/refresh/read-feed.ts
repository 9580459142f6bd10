// The parse stage as a whole: bytes in, a feed ready to store out (absolute URLs, stable ids, safe
// HTML, each item's content hash). Pure CPU work with no shared state, so it runs in a worker thread as well as inline.
import { withContentHashes } from './content-hash';
import type { FetchedDocument, ParsedFeed } from '../feed-types';
import { decodedDocument } from '../fetch/decode-body';
import { normalizeFeed } from '../normalize';
import { parseFeed } from '../parse';
import { sanitizeFeed } from '../sanitize';
import { notAFeed } from './not-a-feed';

/** A body still encoded is decoded first; one that fails to decode throws UnreadableBody (the fetch's failure). */
export async function readFeedDocument(fetched: FetchedDocument): Promise<ParsedFeed> {
  const document = decodedDocument(fetched);
  // What refresh.ts tells from the first bytes of a decoded body, told here for one that was not.
  const wrongKind = fetched.encoded ? notAFeed(document.body, document.contentType) : null;
  if (wrongKind) throw new Error(wrongKind);
  return withContentHashes(sanitizeFeed(normalizeFeed(await parseFeed(document), document.url)));
}
