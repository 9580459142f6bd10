// The scheduler's tick (every minute) syncs an account only when its last sync is older than the
// refresh interval, or never happened, or failed: a quiet server is asked once per interval.
import { beforeEach, describe, expect, it } from 'vitest';
import { syncIsDue } from '../../electron/core/sync/due';
import { withTempStore } from '../support/temp-store';

describe('when the scheduler syncs', () => {
  let now: number;
  const temp = withTempStore({ clock: () => now });

  beforeEach(() => {
    now = Date.parse('2026-01-01T00:00:00Z');
  });

  it('never without a sync account; at once for a new one; again after the refresh interval or a failure', () => {
    expect(syncIsDue(temp.store)).toBe(false);
    const account = temp.store.accounts.add({ kind: 'greader', url: 'http://127.0.0.1:1', user: 'me', token: 't' });
    expect(syncIsDue(temp.store)).toBe(true);
    temp.store.accounts.recordSuccess(account);
    expect(syncIsDue(temp.store)).toBe(false);
    now += (temp.store.settings.get().refreshIntervalMinutes - 1) * 60_000;
    expect(syncIsDue(temp.store)).toBe(false);
    now += 60_000;
    expect(syncIsDue(temp.store)).toBe(true);
    temp.store.accounts.recordSuccess(account);
    temp.store.accounts.recordError(account, 'the sync server 127.0.0.1:1: it could not be reached');
    expect(syncIsDue(temp.store)).toBe(true);
  });
});
