// Refreshing one feed reads top to bottom: fetch → parse → normalize → sanitize → store. Each
// stage's failure is recorded on the feed with the stage's name; nothing is thrown past here.
import type { FeedRow, Store } from './store';
import { fetchFeed } from './fetch/http';
import { readFeedDocument } from './read-feed';
import type { ErrorStage } from '../../shared/model';
import type { FetchedDocument, ParsedFeed } from './feed-types';

export type FeedRefreshOutcome =
  | { kind: 'ok'; added: number; updated: number }
  | { kind: 'not-modified' }
  | { kind: 'failed'; stage: ErrorStage; message: string; retryAt: number | null };

/** Turns a fetched document into a feed ready to store: inline, or in a worker thread (parse-pool.ts). */
export type FeedReader = (document: FetchedDocument) => Promise<ParsedFeed>;

export async function refreshFeed(
  store: Store,
  feed: FeedRow,
  read: FeedReader = readFeedDocument,
  signal?: AbortSignal,
): Promise<FeedRefreshOutcome> {
  const fail = (stage: ErrorStage, error: unknown, retryAt: number | null = null): FeedRefreshOutcome => {
    const message = error instanceof Error ? error.message : String(error);
    store.recordError(feed.id, stage, message);
    return { kind: 'failed', stage, message, retryAt };
  };

  let fetched;
  try {
    fetched = await fetchFeed(feed.url, {
      validators: { etag: feed.etag, lastModified: feed.last_modified },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    const retryAt = (error as { retryAt?: number | null }).retryAt ?? null;
    return fail('fetch', error, retryAt);
  }
  if (fetched.kind === 'not-modified') {
    store.recordNotModified(feed.id);
    return { kind: 'not-modified' };
  }

  let parsed;
  try {
    parsed = await read(fetched.document);
  } catch (error) {
    return fail('parse', error);
  }

  try {
    if (fetched.movedTo) store.moveFeed(feed.id, fetched.movedTo);
    const { added, updated } = store.saveFetchedFeed(feed.id, parsed, fetched.validators);
    return { kind: 'ok', added, updated };
  } catch (error) {
    return fail('store', error);
  }
}
