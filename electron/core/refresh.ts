// Refreshing one feed reads top to bottom: fetch → parse → normalize → sanitize → store. Each
// stage's failure is recorded on the feed with the stage's name. The one thing thrown past here is
// StorageUnavailable: when the library cannot be written, the feed is not to blame.
import type { FeedRow, Store } from './store';
import { FetchError, fetchFeed, type FetchOutcome } from './fetch/http';
import { readFeedDocument } from './read-feed';
import type { ErrorStage } from '../../shared/model';
import type { FeedImages, FetchedDocument, ParsedFeed } from './feed-types';
import { explainStorageError, storageProblem } from './store/storage-trouble';

export type FeedRefreshOutcome =
  | { kind: 'ok'; added: number; updated: number; /** What the feed declares as its icon and logos. */ images: FeedImages | null }
  | { kind: 'not-modified' }
  | { kind: 'failed'; stage: ErrorStage; message: string; status: number | null; retryAt: number | null };

/** Turns a fetched document into a feed ready to store: inline, or in a worker thread (parse-pool.ts). */
export type FeedReader = (document: FetchedDocument) => Promise<ParsedFeed>;

export interface RefreshFeedOptions {
  read?: FeedReader;
  signal?: AbortSignal;
  /** A response already in hand (adding a feed fetches it once to see what it is). */
  fetched?: FetchOutcome;
  /** Runs the store stage (one transaction); the refresher gives each feed's its own turn (write-turns.ts). */
  write?: <T>(work: () => T) => Promise<T>;
}

export async function refreshFeed(store: Store, feed: FeedRow, options: RefreshFeedOptions = {}): Promise<FeedRefreshOutcome> {
  try {
    return await fetchParseStore(store, feed, options);
  } catch (error) {
    throw explainStorageError(error);
  }
}

async function fetchParseStore(store: Store, feed: FeedRow, options: RefreshFeedOptions): Promise<FeedRefreshOutcome> {
  const { read = readFeedDocument, signal } = options;
  const fail = (stage: ErrorStage, error: unknown): FeedRefreshOutcome => {
    const message = error instanceof Error ? error.message : String(error);
    store.recordError(feed.id, stage, message);
    const { status = null, retryAt = null } = error instanceof FetchError ? error : {};
    return { kind: 'failed', stage, message, status, retryAt };
  };

  let fetched;
  try {
    fetched = options.fetched ?? await fetchFeed(feed.url, {
      validators: { etag: feed.etag, lastModified: feed.last_modified },
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    return fail('fetch', error);
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

  const { movedTo, validators } = fetched;
  const write = options.write ?? (async <T>(work: () => T) => work());
  try {
    const { added, updated } = await write(() => {
      if (movedTo) store.moveFeed(feed.id, movedTo);
      return store.saveFetchedFeed(feed.id, parsed, validators);
    });
    return { kind: 'ok', added, updated, images: parsed.images ?? null };
  } catch (error) {
    if (storageProblem(error)) throw error;
    return fail('store', error);
  }
}
