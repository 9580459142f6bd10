// The one thread that stores refreshed feeds, so a refresh's transactions never hold the event
// loop that serves the UI. Parse workers hand it read feeds through ports (parse-pool.ts); it
// answers the pool. One writer keeps one connection's page cache warm from feed to feed, and the
// write lock (write-lock.ts) has the main thread's own writes take turns with it.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { runThisThreadInBackground } from './background-priority';
import { storeFeed } from './ingest';
import { Store } from './store';
import { failure, type StoreFeedMessage, type StoreReply } from './worker-messages';
import { WriteLock } from './write-lock';

export interface StoreWorkerData {
  file: string;
  nativeBinding?: string;
  lock: SharedArrayBuffer;
}

export type StoreWorkerRequest =
  /** A parse worker's end of a channel: read feeds arrive on it. */
  | { kind: 'source'; port: MessagePort }
  /** A pragma for this worker's connection, now and whenever it opens (tests fill the disk with one). */
  | { kind: 'pragma'; sql: string };

runThisThreadInBackground();

const library = workerData as StoreWorkerData;
const lock = new WriteLock(library.lock);
const pragmas: string[] = [];
let store: Store | null = null;

function openStore(): Store {
  if (!store) {
    store = Store.open(library.file, { existing: true, ...(library.nativeBinding ? { nativeBinding: library.nativeBinding } : {}) });
    for (const sql of pragmas) store.db.pragma(sql);
  }
  return store;
}

function storeOne({ id, request, parsed }: StoreFeedMessage): StoreReply {
  try {
    const target = openStore();
    const { added, updated } = lock.holding(() => storeFeed(target, request, parsed));
    return { id, ok: true, added, updated, images: parsed.images ?? null };
  } catch (error) {
    return failure(id, 'store', error);
  }
}

parentPort?.on('message', (message: StoreWorkerRequest) => {
  if (message.kind === 'pragma') {
    pragmas.push(message.sql);
    store?.db.pragma(message.sql);
    return;
  }
  message.port.on('message', (feed: StoreFeedMessage) => parentPort?.postMessage(storeOne(feed)));
});
