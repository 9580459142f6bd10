// What the parse workers, the store worker and the main thread say to each other (parse-pool.ts,
// store-thread.ts).
import type { FeedImages } from '../feed-types';
import type { StoreRequest } from '../refresh/ingest';
import type { PackedFeed } from './packed-feed';

/** A failure as it crosses threads: the stage, the message, and SQLite's code (SQLITE_FULL...) if any. */
export interface WorkerFailure {
  id: number;
  ok: false;
  /** 'fetch' when the body could not be decoded (decode-body.ts: it is decoded where it is parsed). */
  stage: 'fetch' | 'parse' | 'store';
  message: string;
  code: string | null;
}

/** What a WAL checkpoint did, in pages: the log's length, and how much of it is now in the file. */
export interface WalCheckpoint {
  busy: boolean;
  log: number;
  checkpointed: number;
}

export interface CheckpointReply extends WalCheckpoint {
  kind: 'checkpointed';
  id: number;
}

/** A read feed on its way from a parse worker to the store worker, packed (packed-feed.ts). */
export interface StoreFeedMessage {
  id: number;
  request: StoreRequest;
  packed: PackedFeed;
}

export type StoreReply = { id: number; ok: true; added: number; updated: number; images: FeedImages | null } | WorkerFailure;

export function failure(id: number, stage: WorkerFailure['stage'], error: unknown): WorkerFailure {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    id,
    ok: false,
    stage,
    message: error instanceof Error ? error.message : String(error),
    code: typeof code === 'string' ? code : null,
  };
}

/** The error again on this side, with its SQLite code, so storage-errors.ts recognises it. */
export function revive(reply: WorkerFailure): Error {
  return Object.assign(new Error(reply.message), { code: reply.code });
}
