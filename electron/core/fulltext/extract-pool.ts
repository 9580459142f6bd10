// One worker thread that runs Readability (extract-worker.ts), started on first use. Full text is
// fetched one article at a time or a few, so one thread is enough; it is unref'd while idle so a
// CLI process can exit, and replaced if it dies.
import { Worker } from 'node:worker_threads';
import type { FetchedDocument } from '../feed-types';
import type { Extraction } from './extract';
import type { ExtractReply, ExtractRequest } from './extract-worker';
import { workerUrl } from '../workers/worker-url';


export class ExtractPool {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, (result: Extraction) => void>();
  private nextId = 1;
  private closed = false;

  extract(page: FetchedDocument): Promise<Extraction> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'Tidings is closing' });
    const worker = this.worker ?? this.spawn();
    const id = this.nextId++;
    return new Promise<Extraction>((resolve) => {
      this.pending.set(id, resolve);
      worker.ref();
      const body = Uint8Array.from(page.body);
      const request: ExtractRequest = { id, page: { ...page, body } };
      worker.postMessage(request, [body.buffer]);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failAll('Tidings is closing');
    await worker?.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(workerUrl('fulltext-worker', import.meta.url, './extract-worker-source.mjs'));
    worker.on('message', (reply: ExtractReply) => {
      const resolve = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      resolve?.(reply.result);
    });
    const fail = (why: string): void => {
      if (this.worker === worker) this.worker = null;
      this.failAll(`the page reader stopped: ${why}`);
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => code !== 0 && !this.closed && fail(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private failAll(reason: string): void {
    for (const resolve of this.pending.values()) resolve({ ok: false, reason });
    this.pending.clear();
  }
}
