// A worker thread for Readability: parsing a whole web page into a DOM takes tens of milliseconds
// and must not stall the event loop that serves the UI. Messages in: a page; out: an Extraction.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { FetchedDocument } from '../feed-types';
import { extractArticle, type Extraction } from './extract';

export interface ExtractRequest {
  id: number;
  page: FetchedDocument;
}

export interface ExtractReply {
  id: number;
  result: Extraction;
}

// Background work, like the parse workers: on Linux this lowers this thread alone.
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // Not permitted here: run at normal priority.
  }
}

parentPort?.on('message', (request: ExtractRequest) => {
  let result: Extraction;
  try {
    result = extractArticle(request.page);
  } catch (error) {
    result = { ok: false, reason: `the page could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  parentPort?.postMessage({ id: request.id, result } satisfies ExtractReply);
});
