// Searches run in a worker thread with a read-only connection (search-worker.ts): the thread that
// serves calls only waits for the answer. One search runs at a time, and a newer one replaces it:
// the search in progress is answered "replaced" at once and its thread is let go. better-sqlite3
// cannot interrupt a statement (no sqlite3_interrupt), so the abandoned thread finishes the query
// it is in and ends; the newer search starts at once on a fresh thread. Prefix terms are bounded
// (store/search.ts), so what an abandoned thread still spends is bounded too.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TidingsError } from '../../shared/errors';
import type { SearchResult } from '../../shared/model';
import type { SearchInput } from './store';
import type { SearchReply, SearchRequest, SearchWorkerData } from './search-worker';

/** The bundled worker beside the CLI or shell bundle, else the source (see search-worker-source.mjs). */
function workerUrl(): URL {
  for (const relative of ['./search-worker.mjs', '../search-worker.mjs']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return new URL('./search-worker-source.mjs', import.meta.url);
}

interface Running {
  id: number;
  resolve: (result: SearchResult) => void;
  reject: (error: Error) => void;
}

export const REPLACED_MESSAGE = 'a newer search replaced this one';

export class SearchPool {
  private worker: Worker | null = null;
  /** A thread started when a search was replaced, ready for the next replacement: people replace searches in bursts, as they type. */
  private spare: Worker | null = null;
  private running: Running | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly library: SearchWorkerData) {}

  search(input: SearchInput): Promise<SearchResult> {
    if (this.closed) return Promise.reject(new TidingsError('unavailable', 'Tidings is closing'));
    const replacing = this.running !== null;
    if (replacing) this.abandon(new TidingsError('conflict', REPLACED_MESSAGE));
    const worker = this.worker ?? this.take();
    if (replacing) this.spare ??= this.spawn();
    const id = this.nextId++;
    return new Promise<SearchResult>((resolve, reject) => {
      this.running = { id, resolve, reject };
      worker.ref();
      worker.postMessage({ id, input } satisfies SearchRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [this.worker, this.spare];
    this.spare = null;
    this.abandon(new TidingsError('unavailable', 'Tidings is closing'));
    await Promise.all(workers.map((worker) => worker?.terminate()));
  }

  /** The search in progress gets `error`, and its thread is let go without waiting for it. */
  private abandon(error: Error): void {
    const { running, worker } = this;
    this.running = null;
    this.worker = null;
    running?.reject(error);
    if (worker) {
      worker.unref();
      void worker.terminate();
    }
  }

  /** The spare thread if there is one, else a new one, as the thread searches run on. */
  private take(): Worker {
    const worker = this.spare ?? this.spawn();
    this.spare = null;
    this.worker = worker;
    return worker;
  }

  /** A search thread, idle and unref'd (so it keeps no CLI process alive). */
  private spawn(): Worker {
    const worker = new Worker(workerUrl(), { workerData: this.library });
    worker.unref();
    worker.on('message', (reply: SearchReply) => {
      const running = this.running;
      if (this.worker !== worker || !running || running.id !== reply.id) return;
      this.running = null;
      worker.unref(); // an idle search thread must not keep a CLI process alive
      if (reply.ok) running.resolve(reply.result);
      else running.reject(new TidingsError(reply.code, reply.message));
    });
    const fail = (why: string): void => {
      if (this.spare === worker) this.spare = null;
      if (this.worker !== worker) return;
      this.worker = null;
      const running = this.running;
      this.running = null;
      running?.reject(new TidingsError('internal', `search: the search thread stopped: ${why}`));
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    return worker;
  }
}
