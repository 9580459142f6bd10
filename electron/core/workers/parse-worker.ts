// A worker thread that reads feed documents, so parsing and sanitizing never stall the event loop
// that serves the UI. A read feed goes back to whoever asked, or, for a refresh, straight on to
// the store worker (store-worker.ts) through the port the pool gave this worker.
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { FetchedDocument, ParsedFeed } from '../feed-types';
import type { IngestRequest } from '../refresh/ingest';
import { runThisThreadInBackground } from './background-priority';
import { detachOnceEarly } from './detach-early';
import { readFeedDocument } from '../refresh/read-feed';
import { packFeed, transferList } from './packed-feed';
import { failure, type StoreFeedMessage, type WorkerFailure } from './worker-messages';
import { UnreadableBody } from '../fetch/decode-body';
import { nameThisThread } from './thread-name';

export type ParseRequest =
  | { kind: 'read'; id: number; document: FetchedDocument }
  | { kind: 'ingest'; id: number; request: IngestRequest }
  /** Where read feeds go to be stored. */
  | { kind: 'store-port'; port: MessagePort };

export type ParseReply = { id: number; ok: true; feed: ParsedFeed } | WorkerFailure;

nameThisThread('tidings-parse');
runThisThreadInBackground();
detachOnceEarly();

let storePort: MessagePort | null = null;
const reply = (message: ParseReply): void => parentPort?.postMessage(message);

parentPort?.on('message', (message: ParseRequest) => {
  switch (message.kind) {
    case 'store-port':
      storePort = message.port;
      return;
    case 'read':
      readFeedDocument(message.document).then(
        (feed) => reply({ id: message.id, ok: true, feed }),
        (error: unknown) => reply(failure(message.id, 'parse', error)),
      );
      return;
    case 'ingest': {
      const { id, request } = message;
      readFeedDocument(request.document).then(
        (parsed) => {
          if (!storePort) return reply(failure(id, 'store', new Error('parse: no store worker to hand the feed to')));
          const { document: _read, ...meta } = request;
          const packed = packFeed(parsed);
          storePort.postMessage({ id, request: meta, packed } satisfies StoreFeedMessage, transferList(packed));
        },
        (error: unknown) => reply(failure(id, error instanceof UnreadableBody ? 'fetch' : 'parse', error)),
      );
      return;
    }
  }
});
