// The one thread that stores refreshed feeds, so a refresh's transactions never hold the event
// loop that serves the UI. Parse workers hand it read feeds through ports (parse-pool.ts); it
// answers the main thread's side of it (store-thread.ts). One writer keeps one connection's page cache warm from feed to feed, and the
// write lock (write-lock.ts) has the main thread's own writes take turns with it.
//
// Feeds that arrive together are stored in one transaction: a thousand feeds cost far fewer
// commits. A feed still lands whole or not at all, and a feed that cannot be stored fails alone:
// if any feed of the batch throws, the transaction is rolled back and the batch is stored again a
// feed per transaction. Failures are rare, so the common case pays for no savepoints; a savepoint
// per feed cost about an eighth of this thread's time (each keeps a sub-journal of the pages it
// changes).
//
// Articles are stored without their search index entries; this thread indexes them in its idle
// turns, in batches (store/search-index.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ParsedFeed } from '../feed-types';
import { runThisThreadInBackground } from './background-priority';
import { unpackFeed } from './packed-feed';
import { storeFeed, writeFeed } from '../refresh/store-feed';
import { Store } from '../store';
import { storageProblem } from '../store/storage-errors';
import { failure, type CheckpointReply, type StoreFeedMessage, type StoreReply } from './worker-messages';
import { WriteLock } from './write-lock';
import { nameThisThread } from './thread-name';

export interface StoreWorkerData {
  file: string;
  nativeBinding?: string;
  lock: SharedArrayBuffer;
}

export type StoreWorkerRequest =
  /** A parse worker's end of a channel: read feeds arrive on it. */
  | { kind: 'source'; port: MessagePort }
  /** A pragma for this worker's connection, now and whenever it opens (tests fill the disk with one). */
  | { kind: 'pragma'; sql: string }
  /** Copy the write-ahead log into the database file, for every connection (the main one makes none). */
  | { kind: 'checkpoint'; id: number }
  /** Articles wait to be indexed for search (the main thread stored some, or the library was upgraded). */
  | { kind: 'index' }
  /** Whether the parse workers have feeds in hand that will come here to be stored (parse-pool.ts). */
  | { kind: 'parsing'; on: boolean }
  /** Feeds are coming: open the library now, while they are fetched. */
  | { kind: 'open' };

/**
 * Most feeds one transaction holds. The main thread's own writes (marking read, starring) wait for
 * the transaction in progress, so it must stay short: a few feeds are a few tens of milliseconds.
 */
const MAX_FEEDS_PER_TRANSACTION = 8;

/**
 * Articles indexed in one transaction, and the pause between two when a writer waited for one: the
 * main thread's own writes (a refresh's 304s, marking read) wait for a batch in progress, so a batch
 * is a dozen milliseconds, and the pause lets the waiting write in (1,000 at a time, back to back,
 * held the second refresh of the bench up by 2.7 s and stalled its event loop for half a second).
 * With no writer waiting, batches follow each other at once.
 */
const INDEX_BATCH_HERE = 250;
const BETWEEN_BATCHES_MS = 20;
/**
 * While the parse workers have feeds in hand, indexing waits for them to finish: on two cores every
 * batch indexed then is time taken from parsing, and the articles are stored (and found by a search)
 * either way. Only a backlog this long is indexed meanwhile, paced, so that a refresh that never
 * ends (or a `tidings refresh` from cron, which exits as soon as its feeds are stored) cannot leave
 * search scanning an ever longer unindexed tail.
 */
const MOST_LEFT_UNINDEXED = 20_000;
/** The parse workers have feeds in hand (the pool says so as it hands them over and hears back). */
let parsing = false;

nameThisThread('tidings-store');
runThisThreadInBackground();

const library = workerData as StoreWorkerData;
const lock = new WriteLock(library.lock);
const pragmas: string[] = [];
const waiting: StoreFeedMessage[] = [];
let store: Store | null = null;
let indexing: ReturnType<typeof setTimeout> | null = null;

function openStore(): Store {
  if (!store) {
    store = Store.open(library.file, { existing: true, ...(library.nativeBinding ? { nativeBinding: library.nativeBinding } : {}) });
    for (const sql of pragmas) store.pragma(sql);
  }
  return store;
}

/** The feeds waiting now, in one transaction; answers only once it has committed (or failed). */
function storeWaiting(): void {
  const batch = waiting.splice(0, MAX_FEEDS_PER_TRANSACTION);
  if (waiting.length > 0) setImmediate(storeWaiting);
  let replies: StoreReply[];
  try {
    const target = openStore();
    replies = lock.holding(() => storeTogether(target, batch));
  } catch (error) {
    // The transaction did not commit: none of its feeds is stored, whatever each one did.
    replies = batch.map((feed) => failure(feed.id, 'store', error));
  }
  for (const reply of replies) parentPort?.postMessage(reply);
  if (!parsing || farBehind()) indexSoon(parsing ? BETWEEN_BATCHES_MS : 0);
}

/** More articles than MOST_LEFT_UNINDEXED wait for the index. Cheap: the ends of two b-trees. */
function farBehind(): boolean {
  try {
    return openStore().search.unindexed() > MOST_LEFT_UNINDEXED;
  } catch {
    return false;
  }
}

function indexSoon(delayMs: number): void {
  if (indexing === null) indexing = setTimeout(indexBatch, delayMs);
}

/**
 * One batch of articles into the search index (search-index.ts), then the next in a later turn,
 * until it has caught up. Feeds waiting to be stored go first; a batch that fails (a full disk)
 * is tried again when the next feeds are stored or the main thread asks.
 */
function indexBatch(): void {
  indexing = null;
  if (waiting.length > 0) return; // storeWaiting calls indexSoon when they are stored
  let done = 0;
  try {
    const target = openStore();
    done = lock.holding(() => target.transaction(() => target.search.indexBatch(INDEX_BATCH_HERE)));
  } catch {
    return;
  }
  if (done < INDEX_BATCH_HERE || (parsing && !farBehind())) return; // caught up, or parse workers first
  indexSoon(lock.wokeWaiter || parsing ? BETWEEN_BATCHES_MS : 0);
}

/** The batch in one transaction; if a feed fails, again a feed per transaction so it fails alone. */
function storeTogether(target: Store, batch: StoreFeedMessage[]): StoreReply[] {
  try {
    return target.transaction(() =>
      batch.map((feed) => {
        const parsed = unpackFeed(feed.packed);
        return stored(feed.id, parsed, writeFeed(target, feed.request, parsed));
      }),
    );
  } catch (error) {
    // A full disk or the like would fail each feed the same way: it ends the whole batch.
    if (storageProblem(error) || batch.length === 1) throw error;
    return batch.map((feed) => storeAlone(target, feed));
  }
}

/** Its own transaction, so whatever goes wrong (a full disk too) fails this feed and no other. */
function storeAlone(target: Store, feed: StoreFeedMessage): StoreReply {
  try {
    const parsed = unpackFeed(feed.packed);
    return stored(feed.id, parsed, storeFeed(target, feed.request, parsed));
  } catch (error) {
    return failure(feed.id, 'store', error);
  }
}

function stored(id: number, parsed: ParsedFeed, { added, updated }: { added: number; updated: number }): StoreReply {
  return { id, ok: true, added, updated, images: parsed.images ?? null };
}

/** PASSIVE: it takes no lock that would make a writer wait, and copies what no reader still needs. */
function checkpoint(id: number): CheckpointReply {
  try {
    const row = openStore().checkpointPassive();
    return { kind: 'checkpointed', id, busy: row?.busy === 1, log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
  } catch {
    // The next one will try again; a checkpoint that could not run loses nothing.
    return { kind: 'checkpointed', id, busy: true, log: 0, checkpointed: 0 };
  }
}

parentPort?.on('message', (message: StoreWorkerRequest) => {
  if (message.kind === 'checkpoint') {
    parentPort?.postMessage(checkpoint(message.id));
    return;
  }
  if (message.kind === 'index') {
    if (!parsing || farBehind()) indexSoon(0);
    return;
  }
  if (message.kind === 'open') {
    try {
      openStore();
    } catch {
      // The first feed to store meets the same error, and reports it.
    }
    return;
  }
  if (message.kind === 'parsing') {
    parsing = message.on;
    if (!parsing) indexSoon(0);
    return;
  }
  if (message.kind === 'pragma') {
    pragmas.push(message.sql);
    store?.pragma(message.sql);
    return;
  }
  message.port.on('message', (feed: StoreFeedMessage) => {
    waiting.push(feed);
    // Stored in a later turn, so that feeds arriving meanwhile share the transaction.
    if (waiting.length === 1) setImmediate(storeWaiting);
  });
});
