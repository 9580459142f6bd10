// The scheduler's tick (every minute) syncs an account only when its last sync is older than the
// refresh interval, or never happened, or failed: a quiet server is asked once per interval.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../electron/core/store';
import { syncIsDue } from '../../electron/core/sync/due';
import { tempDir } from '../support/temp';

describe('when the scheduler syncs', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let now: number;

  beforeEach(() => {
    dir = tempDir();
    now = Date.parse('2026-01-01T00:00:00Z');
    store = Store.open(dir.file('library.db'), { clock: () => now });
  });
  afterEach(() => {
    store.close();
    dir.remove();
  });

  it('never without a sync account; at once for a new one; again after the refresh interval or a failure', () => {
    expect(syncIsDue(store)).toBe(false);
    const account = store.accounts.add({ kind: 'greader', url: 'http://127.0.0.1:1', user: 'me', token: 't' });
    expect(syncIsDue(store)).toBe(true);
    store.accounts.recordSuccess(account);
    expect(syncIsDue(store)).toBe(false);
    now += (store.settings.get().refreshIntervalMinutes - 1) * 60_000;
    expect(syncIsDue(store)).toBe(false);
    now += 60_000;
    expect(syncIsDue(store)).toBe(true);
    store.accounts.recordSuccess(account);
    store.accounts.recordError(account, 'the sync server 127.0.0.1:1: it could not be reached');
    expect(syncIsDue(store)).toBe(true);
  });
});
