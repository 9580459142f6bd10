// Worker threads that read feed documents (read-feed.ts) off the main event loop. Documents go to
// the least busy worker; a worker that dies fails only the documents it held and is replaced.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FetchedDocument, ParsedFeed } from './feed-types';
import type { ParseReply, ParseRequest } from './parse-worker';

interface Pending {
  resolve(feed: ParsedFeed): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** The bundled worker beside the CLI or shell bundle, else the source (see parse-worker-source.mjs). */
function workerUrl(): URL {
  for (const relative of ['./parse-worker.mjs', '../parse-worker.mjs']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return new URL('./parse-worker-source.mjs', import.meta.url);
}

export class ParsePool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;
  private readonly url = workerUrl();

  constructor(readonly size = Math.max(1, Math.min(4, availableParallelism()))) {}

  read(document: FetchedDocument): Promise<ParsedFeed> {
    if (this.closed) return Promise.reject(new Error('parse: the parser pool is closed'));
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<ParsedFeed>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.ref();
      const body = Uint8Array.from(document.body);
      const request: ParseRequest = { id, document: { ...document, body } };
      slot.worker.postMessage(request, [body.buffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private leastBusy(): Slot {
    if (this.slots.length < this.size) return this.spawn();
    return this.slots.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
  }

  private spawn(): Slot {
    const worker = new Worker(this.url);
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: ParseReply) => {
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      // An idle worker must not keep a CLI process alive; a busy one must.
      if (slot.pending.size === 0) worker.unref();
      if (reply.ok) pending.resolve(reply.feed);
      else pending.reject(new Error(reply.message));
    });
    const fail = (error: Error): void => {
      for (const pending of slot.pending.values()) pending.reject(new Error(`parse: worker failed: ${error.message}`));
      slot.pending.clear();
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && !this.closed && fail(new Error(`exited with code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}
