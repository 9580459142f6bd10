// Runs one import in its own worker thread (import-worker.ts) and relays its progress. The worker
// gets a memory limit of its own: a file that needs more is refused with that limit named, and the
// process that serves the UI never notices. A worker that dies holding the write lock has it
// released here, and its open transaction dies with its connection, so the library is unchanged.
import { Worker } from 'node:worker_threads';
import type { ImportSummary } from '../../../shared/model';
import { TidingsError, errorCodes, type ErrorCode } from '../../../shared/errors';
import type { WriteLock } from '../workers/write-lock';
import { ImportError } from './errors';
import type { ImportProgress, ImportSource } from './import';
import type { ImportWorkerData, ImportWorkerMessage } from './import-worker';
import type { ImportLimits } from './limits';
import { workerUrl } from '../workers/worker-url';

/** The library an import worker writes, and how much memory it may use. */
export interface ImportWorkerLibrary {
  file: string;
  nativeBinding?: string;
  lock: WriteLock;
  /** The worker's heap limit in MB (DEFAULT_IMPORT_MEMORY_MB unless a test sets it lower). */
  memoryMb?: number;
  /** Pragmas for the worker's connection, as the store worker's get (tests fill the disk with one). */
  pragmas?: () => readonly string[];
}

/**
 * Node's own heap limit on a 64-bit desktop, where imports ran before they had a thread of their
 * own: every import that worked then works now. The item and byte limits (limits.ts) refuse hostile
 * files long before this; it bounds what they do not foresee.
 */
export const DEFAULT_IMPORT_MEMORY_MB = 4096;


export function importInWorker(
  library: ImportWorkerLibrary,
  source: ImportSource,
  options: { followLinks: boolean; now: number; onProgress: ImportProgress; limits?: ImportLimits },
): Promise<ImportSummary> {
  const memoryMb = library.memoryMb ?? DEFAULT_IMPORT_MEMORY_MB;
  // The bytes move to the worker rather than being copied again; a copy of our own is moved, since
  // the caller's buffer may share its memory with others (Node's pool).
  const bytes = 'bytes' in source ? new Uint8Array(source.bytes) : null;
  const data: ImportWorkerData = {
    file: library.file,
    lock: library.lock.buffer,
    now: options.now,
    source: bytes && 'fileName' in source ? { fileName: source.fileName, bytes } : source,
    followLinks: options.followLinks,
    pragmas: [...(library.pragmas?.() ?? [])],
    ...(library.nativeBinding ? { nativeBinding: library.nativeBinding } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  };
  return new Promise<ImportSummary>((resolve, reject) => {
    const worker = new Worker(workerUrl('import-worker', import.meta.url, './import-worker-source.mjs'), {
      workerData: data,
      transferList: bytes ? [bytes.buffer as ArrayBuffer] : [],
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
    const threadId = worker.threadId;
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
      // Its answer is in (the write committed or never began): nothing it still holds, such as a
      // keep-alive socket from fetching linked lists, may keep a CLI process alive.
      void worker.terminate();
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.kind === 'progress') options.onProgress(message.phase, message.done, message.total);
      else if (message.kind === 'done') settle(() => resolve(message.summary));
      else settle(() => reject(revive(message)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ImportError('import', `the file needs more than ${memoryMb} MB of memory to import, the most an import may use; nothing was imported`)
            : error,
        ),
      );
    });
    worker.on('exit', (code) => {
      library.lock.releaseFor(threadId);
      settle(() => reject(new ImportError('import', `the import stopped unexpectedly (code ${code}); nothing was imported`)));
    });
  });
}

function revive(failure: Extract<ImportWorkerMessage, { kind: 'failed' }>): Error {
  if (failure.tidings && (errorCodes as readonly string[]).includes(failure.code ?? '')) {
    return new TidingsError(failure.code as ErrorCode, failure.message);
  }
  // SQLite's code stays on the error, so the storage guard can say "the disk is full".
  return Object.assign(new Error(failure.message), { code: failure.code });
}
