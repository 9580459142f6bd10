// The store stage of a refresh: a read feed into the library. Apart from ingest.ts so that the
// store worker, which runs only this, loads none of the parse stage's code.
import type { ParsedFeed } from '../feed-types';
import type { Store } from '../store';
import type { StoreRequest } from './ingest';

/** The store stage for a feed already read: one transaction. */
export function storeFeed(store: Store, request: StoreRequest, parsed: ParsedFeed): { added: number; updated: number } {
  return store.transaction(() => writeFeed(store, request, parsed));
}

/** The store stage inside a transaction the caller holds; on an error the caller rolls it all back. */
export function writeFeed(store: Store, request: StoreRequest, parsed: ParsedFeed): { added: number; updated: number } {
  if (request.movedTo) store.feeds.changeUrl(request.feedId, request.movedTo);
  const saved = store.feeds.writeFetched(request.feedId, parsed, request.validators);
  if (request.scheduleAt !== null) store.feeds.schedule(request.feedId, request.scheduleAt);
  return saved;
}
