// The store worker indexes what it stores for search in its idle turns (store-worker.ts). Articles
// the main thread stored (a feed added, a library imported) and those of a library just upgraded
// to migration 11 are caught up when this loop notices them: a cheap look every few seconds.
import type { StoreThread } from './store-thread';
import type { Store } from '../store';

export const INDEX_CHECK_EVERY_MS = 2_000;
/** The first look waits this long: a CLI command that is over by then starts no store worker for it. */
const FIRST_LOOK_MS = 1_000;

export function indexInBackground(store: Store, storeThread: StoreThread, everyMs = INDEX_CHECK_EVERY_MS): { stop(): void } {
  const look = (): void => {
    try {
      if (store.search.isBehind()) storeThread.index();
    } catch {
      // A library that cannot be read just now is looked at again next time.
    }
  };
  const first = setTimeout(look, Math.min(FIRST_LOOK_MS, everyMs));
  const timer = setInterval(look, everyMs);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
