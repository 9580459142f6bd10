// A worker thread that reads feed documents, so parsing and sanitizing never stall the event loop
// that serves the UI. Messages in: a document; out: the parsed feed or the error's message.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { FetchedDocument } from './feed-types';
import { readFeedDocument } from './read-feed';

export interface ParseRequest {
  id: number;
  document: FetchedDocument;
}

export type ParseReply =
  | { id: number; ok: true; feed: Awaited<ReturnType<typeof readFeedDocument>> }
  | { id: number; ok: false; message: string };

// Parsing is background work: when cores are scarce, the thread that serves the UI goes first.
// On Linux a nice value set with pid 0 applies to the calling thread alone; elsewhere it would
// apply to the whole process, so it is left alone there.
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // Not permitted here: run at normal priority.
  }
}

parentPort?.on('message', (request: ParseRequest) => {
  readFeedDocument(request.document).then(
    (feed) => parentPort?.postMessage({ id: request.id, ok: true, feed } satisfies ParseReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ParseReply),
  );
});
