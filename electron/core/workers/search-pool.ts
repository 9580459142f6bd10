// Searches run in worker threads with read-only connections (search-worker.ts): the thread that
// serves calls only waits for the answer. A newer search replaces the one in progress, which is
// answered "replaced" at once. better-sqlite3 cannot interrupt a statement (no sqlite3_interrupt),
// so the replaced search's thread finishes the query it is in, its answer thrown away, while the
// newer search runs on a second thread. Prefix terms are bounded (store/search.ts), so that finish
// is short; killing the thread would not stop its query sooner, and a fresh thread starts with a
// cold page cache. Only when both threads are busy is the one with the older search terminated
// and replaced, so no search waits behind another.
import { Worker } from 'node:worker_threads';
import { TidingsError } from '../../../shared/errors';
import type { SearchResult } from '../../../shared/model';
import type { SearchInput } from '../store';
import type { SearchReply, SearchRequest, SearchWorkerData } from './search-worker';
import { workerUrl } from './worker-url';


interface Running {
  id: number;
  resolve: (result: SearchResult) => void;
  reject: (error: Error) => void;
  /** Replaced by a newer search: already answered, its result is thrown away. */
  replaced: boolean;
}

interface Thread {
  worker: Worker;
  /** The search this thread is running, wanted or not; null while it is idle. */
  running: Running | null;
}

export const REPLACED_MESSAGE = 'a newer search replaced this one';
const THREADS = 2;

export class SearchPool {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly library: SearchWorkerData) {}

  search(input: SearchInput): Promise<SearchResult> {
    if (this.closed) return Promise.reject(new TidingsError('unavailable', 'Tidings is closing'));
    this.replaceRunning(new TidingsError('conflict', REPLACED_MESSAGE));
    const thread = this.idleThread();
    const id = this.nextId++;
    return new Promise<SearchResult>((resolve, reject) => {
      thread.running = { id, resolve, reject, replaced: false };
      thread.worker.ref();
      thread.worker.postMessage({ id, input } satisfies SearchRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.replaceRunning(new TidingsError('unavailable', 'Tidings is closing'));
    await Promise.all(this.threads.splice(0).map((thread) => thread.worker.terminate()));
  }

  /** Every search still wanted is answered `error` now; its thread finishes it unheard. */
  private replaceRunning(error: Error): void {
    for (const { running } of this.threads) {
      if (!running || running.replaced) continue;
      running.replaced = true;
      running.reject(error);
    }
  }

  /** An idle thread, a new one while there are fewer than THREADS, else a fresh one in place of the longest busy. */
  private idleThread(): Thread {
    const idle = this.threads.find((thread) => thread.running === null);
    if (idle) return idle;
    if (this.threads.length >= THREADS) {
      const oldest = this.threads.reduce((a, b) => ((a.running?.id ?? 0) <= (b.running?.id ?? 0) ? a : b));
      this.threads.splice(this.threads.indexOf(oldest), 1);
      void oldest.worker.terminate();
    }
    return this.spawn();
  }

  private spawn(): Thread {
    const worker = new Worker(workerUrl('search-worker', import.meta.url, './search-worker-source.mjs'), { workerData: this.library });
    const thread: Thread = { worker, running: null };
    worker.on('message', (reply: SearchReply) => {
      const running = thread.running;
      if (!running || running.id !== reply.id) return;
      thread.running = null;
      worker.unref(); // an idle search thread must not keep a CLI process alive
      if (running.replaced) return;
      if (reply.ok) running.resolve(reply.result);
      else running.reject(new TidingsError(reply.code, reply.message));
    });
    const fail = (why: string): void => {
      const index = this.threads.indexOf(thread);
      if (index < 0) return;
      this.threads.splice(index, 1);
      const running = thread.running;
      thread.running = null;
      if (running && !running.replaced) running.reject(new TidingsError('internal', `search: the search thread stopped: ${why}`));
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.threads.push(thread);
    return thread;
  }
}
