// Worker threads that take a refresh's CPU work off the main event loop: parse workers read feed
// documents (read-feed.ts), and, given the library, one store worker writes what they read
// (store-worker.ts). A read feed goes from its parse worker to the store worker directly, through
// a channel the pool sets up, and only the counts come back here. Work goes to the least busy
// parse worker. A parse worker that dies fails only the work it held and is replaced; if the
// store worker dies, the feeds in flight fail and the next one starts a new pool of workers.
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { FetchedDocument, ParsedFeed } from './feed-types';
import type { IngestOutcome, IngestRequest } from './ingest';
import type { ParseReply, ParseRequest } from './parse-worker';
import type { StoreWorkerData, StoreWorkerRequest } from './store-worker';
import { revive, type CheckpointReply, type StoreReply, type WalCheckpoint, type WorkerFailure } from './worker-messages';
import type { WriteLock } from './write-lock';
import { workerUrl } from './worker-url';

type Reply = ParseReply | StoreReply;

interface Slot {
  worker: Worker;
  /** Work handed to this parse worker and not yet answered, by id. */
  pending: Map<number, (reply: Reply) => void>;
}

/** The library the store worker writes: its file, and the lock its writers share. */
export interface PoolLibrary {
  file: string;
  nativeBinding?: string;
  lock: WriteLock;
}


export class ParsePool {
  private readonly slots: Slot[] = [];
  private storeWorker: Worker | null = null;
  private readonly pragmas: string[] = [];
  private nextId = 1;
  private closed = false;
  private readonly checkpoints = new Map<number, (done: WalCheckpoint) => void>();

  constructor(
    readonly size = Math.max(1, Math.min(4, availableParallelism())),
    private readonly library: PoolLibrary | null = null,
  ) {}

  /** Parse, normalize and sanitize in a worker; the feed comes back to be stored here. */
  async read(document: FetchedDocument): Promise<ParsedFeed> {
    const body = Uint8Array.from(document.body);
    const reply = await this.send((id) => ({ kind: 'read', id, document: { ...document, body } }), body.buffer);
    if (!reply.ok) throw new Error(reply.message);
    if (!('feed' in reply)) throw new Error('parse: the worker answered without a feed');
    return reply.feed;
  }

  /** Parse, normalize, sanitize and store, all off this thread (the pool must have the library). */
  async ingest(request: IngestRequest): Promise<IngestOutcome> {
    if (!this.library) throw new Error('parse: this pool was given no library to store into');
    const body = Uint8Array.from(request.document.body);
    this.ingestsStarted(1);
    let reply: Reply;
    try {
      reply = await this.send(
        (id) => ({ kind: 'ingest', id, request: { ...request, document: { ...request.document, body } } }),
        body.buffer,
      );
    } finally {
      this.ingestsStarted(-1);
    }
    if (!reply.ok) return { ok: false, stage: reply.stage, error: revive(reply) };
    if (!('added' in reply)) return { ok: false, stage: 'store', error: new Error('parse: the feed was read but not stored') };
    return { ok: true, added: reply.added, updated: reply.updated, images: reply.images };
  }

  /**
   * Feeds handed over and not yet stored. The store worker indexes for search only while there are
   * none (store-worker.ts): then the parse workers are idle and indexing takes no core from them.
   */
  private ingesting = 0;

  private ingestsStarted(change: 1 | -1): void {
    const before = this.ingesting;
    this.ingesting += change;
    if ((before === 0) !== (this.ingesting === 0) && !this.closed) {
      this.storeWorker?.postMessage({ kind: 'parsing', on: this.ingesting > 0 } satisfies StoreWorkerRequest);
    }
  }

  /**
   * Starts every worker now, idle, so that their start (a thread, the bundle's code loaded and
   * compiled, the library opened) overlaps the first fetches instead of following them. Started
   * workers keep no process alive.
   */
  warm(): void {
    if (this.closed) return;
    while (this.slots.length < this.size) this.spawn().worker.unref();
    if (!this.library) return;
    const store = this.store();
    store.postMessage({ kind: 'open' } satisfies StoreWorkerRequest);
    store.unref();
  }

  /** A WAL checkpoint on the store worker's connection, off this thread (core.ts asks for one now and then). */
  checkpoint(): Promise<WalCheckpoint> {
    if (this.closed) return Promise.reject(new Error('store: the pool is closed'));
    const id = this.nextId++;
    return new Promise<WalCheckpoint>((resolve) => {
      this.checkpoints.set(id, resolve);
      this.store().postMessage({ kind: 'checkpoint', id } satisfies StoreWorkerRequest);
    });
  }

  /** The pragmas given so far: the import worker's connection runs them too (tests fill the disk with one). */
  get connectionPragmas(): readonly string[] {
    return this.pragmas;
  }

  /** Asks the store worker to bring the search index up to date, in its idle turns (store-worker.ts). */
  index(): void {
    if (this.closed || !this.library) return;
    const worker = this.store();
    worker.postMessage({ kind: 'index' } satisfies StoreWorkerRequest);
    // Indexing is never awaited: it must not keep a CLI process alive (what is left waits for the next core).
    if (this.checkpoints.size === 0 && this.slots.every((slot) => slot.pending.size === 0)) worker.unref();
  }

  /** Runs a pragma on the store worker's connection, now and when it opens. */
  pragma(sql: string): void {
    this.pragmas.push(sql);
    this.storeWorker?.postMessage({ kind: 'pragma', sql } satisfies StoreWorkerRequest);
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.slots.splice(0).map((slot) => slot.worker), ...(this.storeWorker ? [this.storeWorker] : [])];
    this.storeWorker = null;
    this.abandonCheckpoints();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private send(request: (id: number) => ParseRequest, transfer: ArrayBuffer): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error('parse: the parser pool is closed'));
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<Reply>((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker.ref();
      this.storeWorker?.ref();
      slot.worker.postMessage(request(id), [transfer]);
    });
  }

  private leastBusy(): Slot {
    if (this.slots.length < this.size) return this.spawn();
    return this.slots.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
  }

  /** An answer from either kind of worker settles the work with that id. */
  private settle(reply: Reply): void {
    for (const slot of this.slots) {
      const resolve = slot.pending.get(reply.id);
      if (!resolve) continue;
      slot.pending.delete(reply.id);
      // Idle workers must not keep a CLI process alive; busy ones must.
      if (slot.pending.size === 0) slot.worker.unref();
      if (this.slots.every((other) => other.pending.size === 0)) this.storeWorker?.unref();
      resolve(reply);
      return;
    }
  }

  /** The worker is gone: whoever waits for a checkpoint hears that none ran. */
  private abandonCheckpoints(): void {
    for (const resolve of this.checkpoints.values()) resolve({ busy: true, log: 0, checkpointed: 0 });
    this.checkpoints.clear();
  }

  private checkpointed({ id, busy, log, checkpointed }: CheckpointReply): void {
    this.checkpoints.get(id)?.({ busy, log, checkpointed });
    this.checkpoints.delete(id);
    // As after other work: an idle store worker must not keep a CLI process alive.
    if (this.checkpoints.size === 0 && this.slots.every((slot) => slot.pending.size === 0)) this.storeWorker?.unref();
  }

  private spawn(): Slot {
    const worker = new Worker(workerUrl('parse-worker', import.meta.url, './parse-worker-source.mjs'));
    const slot: Slot = { worker, pending: new Map() };
    if (this.library) {
      const channel = new MessageChannel();
      worker.postMessage({ kind: 'store-port', port: channel.port1 } satisfies ParseRequest, [channel.port1]);
      this.store().postMessage({ kind: 'source', port: channel.port2 } satisfies StoreWorkerRequest, [channel.port2]);
    }
    worker.on('message', (reply: ParseReply) => this.settle(reply));
    const fail = (error: Error): void => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      failAll(slot, `parse: worker failed: ${error.message}`, 'parse');
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && !this.closed && fail(new Error(`exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  private store(): Worker {
    if (this.storeWorker) return this.storeWorker;
    const library = this.library as PoolLibrary;
    const data: StoreWorkerData = {
      file: library.file,
      lock: library.lock.buffer,
      ...(library.nativeBinding ? { nativeBinding: library.nativeBinding } : {}),
    };
    const worker = new Worker(workerUrl('store-worker', import.meta.url, './store-worker-source.mjs'), { workerData: data });
    for (const sql of this.pragmas) worker.postMessage({ kind: 'pragma', sql } satisfies StoreWorkerRequest);
    if (this.ingesting > 0) worker.postMessage({ kind: 'parsing', on: true } satisfies StoreWorkerRequest);
    worker.on('message', (reply: StoreReply | CheckpointReply) => {
      if ('kind' in reply) this.checkpointed(reply);
      else this.settle(reply);
    });
    const threadId = worker.threadId;
    const fail = (error: Error): void => {
      if (this.storeWorker !== worker) return;
      this.storeWorker = null;
      library.lock.releaseFor(threadId);
      this.abandonCheckpoints();
      // Its channels died with it: every parse worker goes too, and the next work starts afresh.
      for (const slot of this.slots.splice(0)) {
        failAll(slot, `store: worker failed: ${error.message}`, 'store');
        void slot.worker.terminate();
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => !this.closed && fail(new Error(`exited with code ${code}`)));
    this.storeWorker = worker;
    return worker;
  }
}

function failAll(slot: Slot, message: string, stage: 'parse' | 'store'): void {
  for (const [id, resolve] of slot.pending) resolve({ id, ok: false, stage, message, code: null } satisfies WorkerFailure);
  slot.pending.clear();
}
