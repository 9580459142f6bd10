// A worker thread that reads feed documents, so parsing and sanitizing never stall the event loop
// that serves the UI. Messages in: a document; out: the parsed feed or the error's message.
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
