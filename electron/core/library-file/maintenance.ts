// Housekeeping while the app runs: today's backup (and rotation) soon after start, then hourly
// checks, so a library open for weeks still gets its daily backup; and the space of deleted
// articles given back to the disk, a slice at a time.
import type { Store } from '../store';

export function startMaintenance(store: Store, options = { firstMs: 60_000, everyMs: 60 * 60_000 }): () => void {
  const run = (): void => {
    try {
      store.returnFreeSpace();
    } catch (error) {
      // Busy or short of space: nothing is lost, and the next hour tries again.
      console.error(`tidings: could not return free space: ${error instanceof Error ? error.message : String(error)}`);
    }
    void store.dailyBackup().catch((error: unknown) => {
      // A failed backup must not stop the app; it is tried again within the hour.
      console.error(`tidings: backup failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const first = setTimeout(run, options.firstMs);
  const every = setInterval(run, options.everyMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
