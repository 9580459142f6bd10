// The store worker as seen from the main thread: the one thread that writes refreshed feeds
// (store-worker.ts), started when first needed. Parse workers hand it read feeds through channels
// (parse-pool.ts connects them) and it answers with what it stored; it also copies the write-ahead
// log into the file when asked (checkpoints.ts) and indexes articles for search in its idle turns
// (index-catch-up.ts). If it dies, whoever waits on it hears so, and the next work starts a new one.
import { Worker, type MessagePort } from 'node:worker_threads';
import type { StoreWorkerData, StoreWorkerRequest } from './store-worker';
import type { CheckpointReply, StoreReply, WalCheckpoint } from './worker-messages';
import type { WriteLock } from './write-lock';
import { workerUrl } from './worker-url';

/** The library the store worker writes: its file, and the lock its writers share. */
export interface PoolLibrary {
  file: string;
  nativeBinding?: string;
  lock: WriteLock;
}

/** What the parse pool hears from the store worker. */
export interface StoreThreadListener {
  /** A feed a parse worker handed over was stored, or failed to be. */
  stored(reply: StoreReply): void;
  /** The worker is gone, and the channels to it with it. */
  failed(error: Error): void;
  /** Whether parse work is under way (the worker must then keep the process alive). */
  busy(): boolean;
}

export class StoreThread {
  private worker: Worker | null = null;
  private readonly pragmas: string[] = [];
  private nextId = 1;
  private closed = false;
  private readonly checkpoints = new Map<number, (done: WalCheckpoint) => void>();
  private listener: StoreThreadListener = { stored: () => undefined, failed: () => undefined, busy: () => false };

  constructor(readonly library: PoolLibrary) {}

  /** The parse pool listens; there is one. */
  listen(listener: StoreThreadListener): void {
    this.listener = listener;
  }

  /** A parse worker's end of a channel: read feeds arrive on it. */
  connect(port: MessagePort): void {
    this.start().postMessage({ kind: 'source', port } satisfies StoreWorkerRequest, [port]);
  }

  /** A WAL checkpoint on the store worker's connection, off this thread (core.ts asks for one now and then). */
  checkpoint(): Promise<WalCheckpoint> {
    if (this.closed) return Promise.reject(new Error('store: the pool is closed'));
    const id = this.nextId++;
    return new Promise<WalCheckpoint>((resolve) => {
      this.checkpoints.set(id, resolve);
      this.start().postMessage({ kind: 'checkpoint', id } satisfies StoreWorkerRequest);
    });
  }

  /** The pragmas given so far: the import worker's connection runs them too (tests fill the disk with one). */
  get connectionPragmas(): readonly string[] {
    return this.pragmas;
  }

  /** Asks the store worker to bring the search index up to date, in its idle turns (store-worker.ts). */
  index(): void {
    if (this.closed) return;
    const worker = this.start();
    worker.postMessage({ kind: 'index' } satisfies StoreWorkerRequest);
    // Indexing is never awaited: it must not keep a CLI process alive (what is left waits for the next core).
    if (this.checkpoints.size === 0 && !this.listener.busy()) worker.unref();
  }

  /** Runs a pragma on the store worker's connection, now and when it opens. */
  pragma(sql: string): void {
    this.pragmas.push(sql);
    this.worker?.postMessage({ kind: 'pragma', sql } satisfies StoreWorkerRequest);
  }

  /**
   * Whether the parse workers have feeds in hand that will come here to be stored. The store worker
   * indexes for search only while they have none: then indexing takes no core from parsing.
   */
  parsing(on: boolean): void {
    if (this.parsingNow === on) return;
    this.parsingNow = on;
    if (!this.closed) this.worker?.postMessage({ kind: 'parsing', on } satisfies StoreWorkerRequest);
  }

  private parsingNow = false;

  /** Starts the worker now and opens its connection, idle, so that both overlap a refresh's first fetches. */
  warm(): void {
    if (this.closed) return;
    const worker = this.start();
    worker.postMessage({ kind: 'open' } satisfies StoreWorkerRequest);
    if (this.checkpoints.size === 0 && !this.listener.busy()) worker.unref();
  }

  /** Work is under way: the worker, if running, keeps the process alive. */
  hold(): void {
    this.worker?.ref();
  }

  /** The parse work is done: an idle worker must not keep a CLI process alive. */
  release(): void {
    this.worker?.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.abandonCheckpoints();
    await worker?.terminate();
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
    if (this.checkpoints.size === 0 && !this.listener.busy()) this.worker?.unref();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const library = this.library;
    const data: StoreWorkerData = {
      file: library.file,
      lock: library.lock.buffer,
      ...(library.nativeBinding ? { nativeBinding: library.nativeBinding } : {}),
    };
    const worker = new Worker(workerUrl('store-worker', import.meta.url, './store-worker-source.mjs'), { workerData: data });
    for (const sql of this.pragmas) worker.postMessage({ kind: 'pragma', sql } satisfies StoreWorkerRequest);
    if (this.parsingNow) worker.postMessage({ kind: 'parsing', on: true } satisfies StoreWorkerRequest);
    worker.on('message', (reply: StoreReply | CheckpointReply) => {
      if ('kind' in reply) this.checkpointed(reply);
      else this.listener.stored(reply);
    });
    const threadId = worker.threadId;
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      library.lock.releaseFor(threadId);
      this.abandonCheckpoints();
      this.listener.failed(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => !this.closed && fail(new Error(`exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}
