// Worker threads that take a refresh's CPU work off the main event loop: parse workers read feed
// documents (read-feed.ts), and, given the store thread (store-thread.ts), hand what they read
// straight on to the store worker through a channel this pool sets up; only the counts come back
// here. Work goes to the least busy parse worker. A parse worker that dies fails only the work it
// held and is replaced; if the store worker dies, the feeds in flight fail and the next one starts
// a new set of workers.
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { FetchedDocument, ParsedFeed } from '../feed-types';
import type { IngestOutcome, IngestRequest } from '../refresh/ingest';
import type { ParseReply, ParseRequest } from './parse-worker';
import type { StoreThread } from './store-thread';
import { revive, type StoreReply, type WorkerFailure } from './worker-messages';
import { workerUrl } from './worker-url';

type Reply = ParseReply | StoreReply;

interface Slot {
  worker: Worker;
  /** Work handed to this parse worker and not yet answered, by id. */
  pending: Map<number, (reply: Reply) => void>;
}

/** As many parse workers as there are cores, up to four. */
export function parsePoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** A parse worker, idle until a pool takes it: started before the pool exists (`tidings refresh`). */
export function startParseWorker(): Worker {
  return new Worker(workerUrl('parse-worker', import.meta.url, './parse-worker-source.mjs'));
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size = parsePoolSize(),
    private readonly storeThread: StoreThread | null = null,
    /** Workers already started (startParseWorker), taken before any new one; the list is emptied as they are. */
    private readonly started: Worker[] = [],
  ) {
    storeThread?.listen({
      stored: (reply) => this.settle(reply),
      failed: (error) => {
        // Its channels died with it: every parse worker goes too, and the next work starts afresh.
        for (const slot of this.slots.splice(0)) {
          failAll(slot, `store: worker failed: ${error.message}`, 'store');
          void slot.worker.terminate();
        }
      },
      busy: () => this.slots.some((slot) => slot.pending.size > 0),
    });
  }

  /** Parse, normalize and sanitize in a worker; the feed comes back to be stored here. */
  async read(document: FetchedDocument): Promise<ParsedFeed> {
    const body = Uint8Array.from(document.body);
    const reply = await this.send((id) => ({ kind: 'read', id, document: { ...document, body } }), body.buffer);
    if (!reply.ok) throw new Error(reply.message);
    if (!('feed' in reply)) throw new Error('parse: the worker answered without a feed');
    return reply.feed;
  }

  /** Parse, normalize, sanitize and store, all off this thread (the pool must have the store thread). */
  async ingest(request: IngestRequest): Promise<IngestOutcome> {
    if (!this.storeThread) throw new Error('parse: this pool was given no library to store into');
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

  /** Feeds handed over and not yet stored; the store thread is told when there are some and when none. */
  private ingesting = 0;

  private ingestsStarted(change: 1 | -1): void {
    this.ingesting += change;
    if (!this.closed) this.storeThread?.parsing(this.ingesting > 0);
  }

  /**
   * Starts every worker now, idle, so that their start (a thread, the bundle's code loaded and
   * compiled, the library opened) overlaps the first fetches instead of following them. Started
   * workers keep no process alive.
   */
  warm(): void {
    if (this.closed) return;
    while (this.slots.length < this.size) this.spawn().worker.unref();
    this.storeThread?.warm();
  }

  async close(): Promise<void> {
    this.closed = true;
    const idle = this.started.splice(0);
    await Promise.all([...this.slots.splice(0).map((slot) => slot.worker), ...idle].map((worker) => worker.terminate()));
  }

  private send(request: (id: number) => ParseRequest, transfer: ArrayBuffer): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error('parse: the parser pool is closed'));
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<Reply>((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker.ref();
      this.storeThread?.hold();
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
      if (this.slots.every((other) => other.pending.size === 0)) this.storeThread?.release();
      resolve(reply);
      return;
    }
  }

  private spawn(): Slot {
    const worker = this.started.shift() ?? startParseWorker();
    const slot: Slot = { worker, pending: new Map() };
    if (this.storeThread) {
      const channel = new MessageChannel();
      worker.postMessage({ kind: 'store-port', port: channel.port1 } satisfies ParseRequest, [channel.port1]);
      this.storeThread.connect(channel.port2);
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
}

function failAll(slot: Slot, message: string, stage: 'parse' | 'store'): void {
  for (const [id, resolve] of slot.pending) resolve({ id, ok: false, stage, message, code: null } satisfies WorkerFailure);
  slot.pending.clear();
}
