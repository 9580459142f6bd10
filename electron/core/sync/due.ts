// The scheduler's tick asks for a refresh of due feeds every minute; a sync account is due as often
// as the refresh interval, so a quiet server is asked three requests per interval, not per minute.
import type { Store } from '../store';

export function syncIsDue(store: Store): boolean {
  const intervalMs = store.settings.get().refreshIntervalMinutes * 60_000;
  const now = store.now();
  return store.accounts.syncing().some((account) => account.last_sync === null || account.last_sync + intervalMs <= now || account.error !== null);
}
