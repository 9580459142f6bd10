// The main connection makes no WAL checkpoints of its own (database.ts, checkpointsElsewhere):
// copying the log into the file is the store worker's job. Its own commits checkpoint as SQLite
// does by default; for what the main thread writes (marking read, starring, a 304 recorded) it is
// asked now and then, when this connection has changed anything since it was last asked.
import type { StoreThread } from './store-thread';
import type { Store } from '../store';

export const CHECKPOINT_EVERY_MS = 30_000;

export function checkpointInBackground(store: Store, storeThread: StoreThread, everyMs = CHECKPOINT_EVERY_MS): { stop(): void } {
  let seen = changesOf(store);
  const timer = setInterval(() => {
    const changes = changesOf(store);
    if (changes === seen) return;
    seen = changes;
    // A checkpoint that cannot run now loses nothing; the next one copies the rest.
    storeThread.checkpoint().catch(() => undefined);
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

function changesOf(store: Store): number {
  return store.totalChanges();
}
