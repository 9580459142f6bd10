// One import, run in a worker thread of its own (import-in-worker.ts starts it): reading, parsing
// and sanitizing a big Takeout takes seconds of CPU, and a hostile one would take all the memory
// it could. Here the thread that serves the UI keeps answering, and the memory limit the worker
// was started with bounds what a file can cost. The plan is written through this thread's own
// connection, in one transaction, holding the library's write lock so a refresh's store worker
// takes turns with it.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportPhase, ImportSummary } from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import { explainFileError } from '../calls/file-errors';
import { runThisThreadInBackground } from '../workers/background-priority';
import { Store } from '../store';
import { WriteLock } from '../workers/write-lock';
import { importLibrary, type ImportSource } from './import';
import type { ImportLimits } from './limits';

export interface ImportWorkerData {
  file: string;
  nativeBinding?: string;
  lock: SharedArrayBuffer;
  /** The main store's clock when the import began, so the worker's writes carry the same time. */
  now: number;
  source: ImportSource;
  followLinks: boolean;
  pragmas: readonly string[];
  limits?: ImportLimits;
}

export type ImportWorkerMessage =
  | { kind: 'progress'; phase: ImportPhase; done: number; total: number }
  | { kind: 'done'; summary: ImportSummary }
  /** `code` is a TidingsError's code when `tidings`, else SQLite's (SQLITE_FULL...) or null. */
  | { kind: 'failed'; message: string; code: string | null; tidings: boolean };

runThisThreadInBackground();

const data = workerData as ImportWorkerData;
const post = (message: ImportWorkerMessage): void => parentPort?.postMessage(message);

async function run(): Promise<void> {
  const store = Store.open(data.file, {
    existing: true,
    clock: () => data.now,
    ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}),
  });
  for (const sql of data.pragmas) store.pragma(sql);
  const lock = new WriteLock(data.lock);
  try {
    const summary = await importLibrary(store, data.source, {
      followLinks: data.followLinks,
      ...(data.limits ? { limits: data.limits } : {}),
      onProgress: (phase, done, total) => post({ kind: 'progress', phase, done, total }),
      writing: (write) => lock.holding(write),
    });
    post({ kind: 'done', summary });
  } finally {
    store.close();
  }
}

run().catch((thrown: unknown) => {
  // A folder it may not read, a path that is not there: said in words here, where Node's error
  // still has its code and path (they do not cross to the calling thread).
  const error = explainFileError(thrown);
  const code = (error as { code?: unknown } | null)?.code;
  post({
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : null,
    tidings: error instanceof TidingsError,
  });
});
