// The thread searches run on, through a read-only connection of its own, so that a slow search
// never holds the event loop that answers every other call. search-pool.ts starts two of them and
// throws away the answer of a search a newer one replaced.
import { parentPort, workerData } from 'node:worker_threads';
import { TidingsError } from '../../../shared/errors';
import type { SearchResult } from '../../../shared/model';
import { Store, type SearchInput } from '../store';
import { nameThisThread } from './thread-name';

export interface SearchWorkerData {
  file: string;
  nativeBinding?: string;
  /**
   * Tests pause searches with it: while its first int32 is 1, each search waits before it starts,
   * holding this thread as a long query would.
   */
  hold?: SharedArrayBuffer;
}

export interface SearchRequest {
  id: number;
  input: SearchInput;
}

export type SearchReply =
  | { id: number; ok: true; result: SearchResult }
  | { id: number; ok: false; code: TidingsError['code'] | 'internal'; message: string };

nameThisThread('tidings-search');
const data = workerData as SearchWorkerData;
const hold = data.hold ? new Int32Array(data.hold) : null;
let library: Store | null = null;

const open = (): Store =>
  Store.open(data.file, { readonly: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });

// Opened as the thread starts, so the second thread is ready when a search replaces another; if
// it fails, the first search opens it again and answers the error.
try {
  library = open();
} catch {
  library = null;
}

function answer({ id, input }: SearchRequest): SearchReply {
  try {
    if (hold) while (Atomics.load(hold, 0) === 1) Atomics.wait(hold, 0, 1);
    library ??= open();
    return { id, ok: true, result: library.search.find(input) };
  } catch (error) {
    if (error instanceof TidingsError) return { id, ok: false, code: error.code, message: error.message };
    return { id, ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (request: SearchRequest) => parentPort?.postMessage(answer(request)));
