// Refreshing one feed reads top to bottom: fetch, then ingest (parse → normalize → sanitize →
// store; ingest.ts). Each stage's failure is recorded on the feed with the stage's name. The one
// thing thrown past here is StorageUnavailable: when the library cannot be written, the feed is
// not to blame.
import type { FeedRow, Store } from '../store';
import { FetchError, fetchFeed, type FetchOutcome } from '../fetch/http';
import type { ErrorStage } from '../../../shared/model';
import type { FeedImages } from '../feed-types';
import { ingestHere, type FeedIngest, type WriteTurn } from './ingest';
import { explainStorageError, storageProblem } from '../store/storage-errors';
import { notAFeed } from './not-a-feed';

export type FeedRefreshOutcome =
  | { kind: 'ok'; added: number; updated: number; /** What the feed declares as its icon and logos. */ images: FeedImages | null }
  | { kind: 'not-modified' }
  | { kind: 'failed'; stage: ErrorStage; message: string; status: number | null; retryAt: number | null };

export interface RefreshFeedOptions {
  /** Parse and store: in this thread unless given (the core's worker pool). */
  ingest?: FeedIngest;
  signal?: AbortSignal;
  /** A response already in hand (adding a feed fetches it once to see what it is). */
  fetched?: FetchOutcome;
  /** Runs this thread's writes (one transaction each) when it is their turn (write-turns.ts). */
  write?: WriteTurn;
  /** When the feed is next due if it refreshes without error; stored with its articles (or its 304). */
  scheduleAt?: number;
  /**
   * Told once the host has answered (a document or a 304), before it is parsed and stored: the
   * host may be asked for its next feed meanwhile. Not told when the fetch failed, so that what
   * the failure says about the host (Retry-After) is known before it is asked again.
   */
  answered?: () => void;
}

export async function refreshFeed(store: Store, feed: FeedRow, options: RefreshFeedOptions = {}): Promise<FeedRefreshOutcome> {
  try {
    return await fetchParseStore(store, feed, options);
  } catch (error) {
    throw explainStorageError(error);
  }
}

async function fetchParseStore(store: Store, feed: FeedRow, options: RefreshFeedOptions): Promise<FeedRefreshOutcome> {
  const { signal } = options;
  const write = options.write ?? (async <T>(work: () => T) => work());
  const ingest = options.ingest ?? ingestHere(store, undefined, write);
  const fail = async (stage: ErrorStage, error: unknown): Promise<FeedRefreshOutcome> => {
    const message = error instanceof Error ? error.message : String(error);
    await write(() => store.feeds.recordError(feed.id, stage, message));
    const { status = null, retryAt = null } = error instanceof FetchError ? error : {};
    return { kind: 'failed', stage, message, status, retryAt };
  };

  let fetched;
  try {
    fetched = options.fetched ?? await fetchFeed(feed.url, {
      validators: { etag: feed.etag, lastModified: feed.last_modified },
      keepEncoded: true, // decoded where it is parsed (fetch/decode-body.ts)
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    return fail('fetch', error);
  }
  options.answered?.();
  if (fetched.kind === 'not-modified') {
    const { scheduleAt } = options;
    await write(() =>
      store.transaction(() => {
        store.feeds.recordNotModified(feed.id);
        if (scheduleAt !== undefined) store.feeds.schedule(feed.id, scheduleAt);
      }),
    );
    return { kind: 'not-modified' };
  }

  const { document, movedTo, validators } = fetched;
  // An encoded body is told apart once decoded, where it is read (read-feed.ts).
  const wrongKind = document.encoded ? null : notAFeed(document.body, document.contentType);
  if (wrongKind) return fail('parse', new Error(wrongKind));
  const ingested = await ingest({ feedId: feed.id, document, validators, movedTo, scheduleAt: options.scheduleAt ?? null });
  if (ingested.ok) return { kind: 'ok', added: ingested.added, updated: ingested.updated, images: ingested.images };
  if (ingested.stage === 'store' && storageProblem(ingested.error)) throw ingested.error;
  return fail(ingested.stage, ingested.error);
}
