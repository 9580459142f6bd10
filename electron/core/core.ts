// The core as one object: the store, the refresher and the contract's handlers. The shell, the
// web host and the CLI each open one of these; none of them reaches past it.
import type { Handlers } from '../../shared/contract';
import { createHandlers } from './calls/handlers';
import { Refresher, type RefresherOptions } from './refresh/refresher';
import { RuleNotifier } from './rules/notifier';
import type { SearchInput, Store } from './store';
import type { ImportStatus, LibraryDamageNotice, LibraryNotice, RefreshStatus } from '../../shared/model';
import { openLibrary } from './library-file/open-library';
import { markInUse, refuseWhileReplaced, type LibraryUse } from './library-file/library-in-use';
import type { FetchedDocument } from './feed-types';
import type { IngestOutcome, IngestRequest } from './refresh/ingest';
import type { Worker } from 'node:worker_threads';
import { ParsePool } from './workers/parse-pool';
import { StoreThread } from './workers/store-thread';
import { SearchPool } from './workers/search-pool';
import { WriteLock } from './workers/write-lock';
import { checkpointInBackground } from './workers/checkpoints';
import { indexInBackground } from './workers/index-catch-up';
import { withStorageErrorsExplained } from './calls/storage-guard';
import type { ImportLimits } from './library/limits';
import type { LibraryServiceOptions } from './library/service';
import { ExtractPool } from './fulltext/extract-pool';
import { OfflineReading } from './offline/offline-reading';
import { OutboxLoop, type OutboxOptions } from './outbox/loop';
import { Publisher } from './sharing/publisher';
import { FeedIcons } from './icons/feed-icons';
import type { FeedRefreshOutcome } from './refresh/refresh';
import { SyncEngine } from './sync/engine';
import type { TokenCipher } from './sync/token-cipher';
import { syncIsDue } from './sync/due';
import { WriteTurns } from './refresh/write-turns';
import { CoreEvents } from './events/emitter';
import { LiveLibrary } from './events/live-library';
import { withEvents } from './calls/with-events';

const idleImport: ImportStatus = { running: false, phase: null, done: 0, total: 0, last: null, error: null };

export interface CoreOptions {
  dbFile: string;
  /** Only reads: opened read-only (the library's file or folder is not writable). */
  readonly?: boolean;
  /** What this process is, for whoever would replace the library meanwhile (library-in-use.ts). */
  use?: LibraryUse;
  nativeBinding?: string;
  refresh?: RefresherOptions;
  outbox?: OutboxOptions;
  /** The import worker's memory limit and the import's limits (tests set them low). */
  imports?: { memoryMb?: number; limits?: ImportLimits };
  /** Look for subscriptions' icons after refreshes (default true); a CLI refresh leaves them to the app. */
  icons?: boolean;
  /** Tests pause the search thread with this (search-worker.ts). */
  searchHold?: SharedArrayBuffer;
  /** How sync tokens are kept (sync/token-cipher.ts): the desktop app's safeStorage; by default as they are. */
  tokens?: TokenCipher;
  /** Parse workers started before the core was loaded (`tidings refresh`: cli/early-workers.ts), for its pool. */
  parseWorkers?: Worker[];
}

export interface Core {
  store: Store;
  refresher: Refresher;
  handlers: Handlers;
  /** Full text and kept images; the hosts serve kept images through it. */
  offline: OfflineReading;
  /** Subscriptions' icons, looked for after refreshes, once the refresh's result is out. */
  icons: FeedIcons;
  /** What the person must be told about the library itself (e.g. restored from a backup). */
  notices: LibraryDamageNotice[];
  /** Delivers shares to webhooks; runs while the core is open unless `outbox.run` is false. */
  outbox: OutboxLoop;
  /** Writes the shared folder. */
  publisher: Publisher;
  /** The worker threads that parse feeds. */
  parsers: ParsePool;
  /** The one worker thread that stores refreshed feeds through its own connection, and checkpoints. */
  storeThread: StoreThread;
  /** Sync with Google Reader API servers (docs/sync.md); runs beside every refresh. */
  sync: SyncEngine;
  /** What the core tells every window unasked (the contract's events table). */
  events: CoreEvents;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  // The main connection never checkpoints: the store worker does (its own commits now and then, and
  // what the main thread wrote, every half minute: checkpoints.ts), so no write on this thread pays for one.
  const inUse = markInUse(options.dbFile, options.use ?? { what: 'another Tidings process', stop: 'close it' });
  let opened: ReturnType<typeof openLibrary>;
  try {
    refuseWhileReplaced(options.dbFile);
    opened = openLibrary(options.dbFile, {
      checkpointsElsewhere: true,
      ...(options.readonly ? { readonly: true } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    inUse.release();
    throw error;
  }
  const { store, notice } = opened;
  const notices = notice ? [notice] : [];
  // A refresh parses each feed in a worker thread and stores it in the store worker. The refresh's
  // own writes here take turns with the store worker's through the lock, so they never wait in
  // SQLite's busy handler; a person's writes (marking read) may wait for the transaction under way,
  // a few tens of milliseconds at most.
  const writeLock = new WriteLock();
  const storeThread = new StoreThread({
    file: options.dbFile,
    lock: writeLock,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const parsers = new ParsePool(undefined, storeThread, options.parseWorkers);
  const read = (document: FetchedDocument) => parsers.read(document);
  const events = new CoreEvents();
  const live: LiveLibrary = new LiveLibrary(events, {
    dataVersion: () => store.dataVersion(),
    ownTurns: () => writeLock.turns,
    turnUnderWay: () => writeLock.held,
    library: () => store.library.summary(),
    refreshStatus: (): RefreshStatus => refresher.currentStatus(),
    importStatus: () => importStatus(),
    notices: () => noticesNow(),
  });
  const ingest = (request: IngestRequest): Promise<IngestOutcome> => live.ownWrite(() => parsers.ingest(request), request.feedId);
  const extractors = new ExtractPool();
  // Full text, images and icons a refresh asks for start once its result is out, on their own
  // queues: they are never counted in it and never hold up the next one.
  const quiet = (): Promise<void> => refresher.idle();
  const offline = new OfflineReading(store, { extract: (page) => extractors.extract(page), quiet });
  const afterFeed = (feedId: number, since: number): void => offline.afterRefresh(feedId, since);
  const icons = new FeedIcons(store, { quiet, onLookedUp: (feedId) => live.touch({ feeds: [feedId] }) });
  const outbox = new OutboxLoop(store, { ...options.outbox, onChange: () => live.touch({ outbox: true }) });
  const ruleNotes = new RuleNotifier(store, events);
  const afterSuccess = (feedId: number, outcome: FeedRefreshOutcome): void => {
    if (options.icons !== false) icons.afterRefresh(feedId, outcome);
    ruleNotes.tell(); // the feed's rows are in: a rule's `notify` is told now
    outbox.networkIsUp(); // a feed answered: shares waiting for the network need not wait for their backoff
  };
  // The sync writes take turns with the store worker's, like the refresh's own writes. What a sync
  // changed is told to every window like any other change (its account's state, its counts).
  const syncTurns = new WriteTurns(writeLock);
  const sync = new SyncEngine(store, { write: (work) => syncTurns.run(work), ...(options.tokens ? { tokens: options.tokens } : {}) });
  const syncAndTell = (): Promise<unknown> =>
    sync.sync().then((result) => {
      if (result.accounts === 0) return result;
      live.touch({ everything: result.pulled + result.pushed + result.feeds > 0 });
      events.emit('syncChanged', { accountId: null }); // every account's last sync, error and queue may have moved
      return result;
    });
  const alongside = (which: 'all' | 'due'): Promise<unknown> => (which === 'all' || syncIsDue(store) ? syncAndTell() : Promise.resolve());
  const refresher = new Refresher(store, {
    ingest,
    writeLock,
    afterFeed,
    afterSuccess,
    alongside,
    ...options.refresh,
    onRunStarted: () => live.refreshTurned(),
    onRunFinished: (result, addedByFeed) => {
      live.touch({ feeds: [...addedByFeed.keys()] });
      live.refreshTurned();
      options.refresh?.onRunFinished?.(result, addedByFeed);
    },
  });
  const publisher = new Publisher(store);
  // Imports read, parse and write in a worker thread of their own, writing through the same lock.
  const library: LibraryServiceOptions = {
    worker: {
      file: options.dbFile,
      lock: writeLock,
      pragmas: () => storeThread.connectionPragmas,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      ...(options.imports?.memoryMb ? { memoryMb: options.imports.memoryMb } : {}),
    },
    ...(options.imports?.limits ? { limits: options.imports.limits } : {}),
  };
  if (options.outbox?.run ?? true) outbox.start();
  // A file's searches run on a thread of their own; an in-memory library has no file to share.
  const searches =
    options.dbFile === ':memory:'
      ? null
      : new SearchPool({
          file: options.dbFile,
          ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
          ...(options.searchHold ? { hold: options.searchHold } : {}),
        });
  const checkpoints = checkpointInBackground(store, storeThread);
  const indexing = indexInBackground(store, storeThread);
  const handlers = withEvents(
    withStorageErrorsExplained(
      createHandlers({
        store,
        refresher,
        read,
        notices,
        offline,
        sharing: { publisher, outbox },
        icons,
        library,
        ...(searches ? { search: (input: SearchInput) => searches.search(input) } : {}),
        sync,
      }),
    ),
    live,
  );
  const importStatus = (): ImportStatus => {
    const status = handlers.getImportStatus({});
    return status instanceof Promise ? idleImport : status;
  };
  const noticesNow = (): LibraryNotice[] => {
    const answer = handlers.getNotices({});
    return answer instanceof Promise ? notices : answer.notices;
  };
  return {
    store,
    refresher,
    handlers,
    offline,
    icons,
    notices,
    outbox,
    publisher,
    parsers,
    storeThread,
    sync,
    events,
    close: () => {
      live.stop();
      checkpoints.stop();
      indexing.stop();
      outbox.stop();
      publisher.flush();
      offline.stop();
      icons.stop();
      void parsers.close();
      void storeThread.close();
      void searches?.close();
      void extractors.close();
      store.close();
      inUse.release();
    },
  };
}
