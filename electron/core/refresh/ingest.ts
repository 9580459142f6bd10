// The second half of refreshing a feed: a fetched document to stored articles (parse → normalize
// → sanitize → store). In the core it runs off the UI's thread: parse workers read, and one store
// worker writes through its own connection (parse-pool.ts). Tests and one-off reads (adding a
// feed) run it in this thread. Either way a failure says which stage it came from.
import type { FeedId } from '../../../shared/model';
import type { FeedImages, FetchedDocument, ParsedFeed } from '../feed-types';
import { readFeedDocument } from './read-feed';
import type { Store } from '../store';
import type { FetchValidators } from '../store/feeds';
import { UnreadableBody } from '../fetch/decode-body';

export interface IngestRequest {
  feedId: FeedId;
  document: FetchedDocument;
  validators: FetchValidators;
  /** Where a permanent redirect moved the feed, or null. */
  movedTo: string | null;
  /** When the feed is next due if it is stored without error (ms since epoch), or null to leave as is. */
  scheduleAt: number | null;
}

/** What the store stage needs besides the read feed. */
export type StoreRequest = Omit<IngestRequest, 'document'>;

export type IngestOutcome =
  | { ok: true; added: number; updated: number; /** What the feed declares as its icon and logos. */ images: FeedImages | null }
  /** 'fetch': a body kept encoded (fetchFeed's keepEncoded) could not be decoded where it was read. */
  | { ok: false; stage: 'fetch' | 'parse' | 'store'; error: Error };

export type FeedIngest = (request: IngestRequest) => Promise<IngestOutcome>;

/** Turns a fetched document into a feed ready to store: inline, or in a worker thread. */
export type FeedReader = (document: FetchedDocument) => Promise<ParsedFeed>;

/** Runs one synchronous store transaction when it is this writer's turn. */
export type WriteTurn = <T>(work: () => T) => Promise<T>;

const now: WriteTurn = async (work) => work();

// The store stage (storeFeed, writeFeed) is in a file of its own, so that the store worker, which
// imports it, does not load the parse stage's code (read-feed.ts: the parser, iconv-lite, entities).
import { storeFeed } from './store-feed';
export { storeFeed, writeFeed } from './store-feed';

/** Ingest in this thread: read with `read` (itself perhaps a worker pool), store when `write` says. */
export function ingestHere(store: Store, read: FeedReader = readFeedDocument, write: WriteTurn = now): FeedIngest {
  return async (request) => {
    let parsed: ParsedFeed;
    try {
      parsed = await read(request.document);
    } catch (error) {
      return { ok: false, stage: error instanceof UnreadableBody ? 'fetch' : 'parse', error: asError(error) };
    }
    try {
      const { added, updated } = await write(() => storeFeed(store, request, parsed));
      return { ok: true, added, updated, images: parsed.images ?? null };
    } catch (error) {
      return { ok: false, stage: 'store', error: asError(error) };
    }
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
