// Sync accounts for Settings → Accounts: the list (loaded when the section shows, again on the
// live events: a sync or any change to the library may move an account's last sync, error, queue
// or feeds; never polled), and adding, testing, signing in again, syncing and removing. A refused
// sign-in says the server's reason in words, not the web host's own "not authorized".
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../shared/contract';
import type { RemovedAccount, SyncAccount } from '../../shared/sync';
import { useLiveEvent } from './events';

export interface AccountCredentials {
  url: string;
  user: string;
  password: string;
}

/** What an action answered: done, or why not in one line. */
export type AccountOutcome = { ok: true; message: string } | { ok: false; message: string };

export interface AccountsState {
  accounts: readonly SyncAccount[];
  loaded: boolean;
  /** Accounts with a sync under way from here. */
  syncing: ReadonlySet<number>;
  test: (credentials: AccountCredentials) => Promise<AccountOutcome>;
  add: (credentials: AccountCredentials) => Promise<AccountOutcome>;
  reauth: (accountId: number, password: string) => Promise<AccountOutcome>;
  syncNow: (accountId: number) => Promise<AccountOutcome>;
  remove: (accountId: number) => Promise<AccountOutcome & { removed?: RemovedAccount }>;
}

/** The engine's "sign in again" (greader/client.ts, token-cipher.ts): the token was refused. */
export function needsSignIn(account: SyncAccount): boolean {
  return account.kind !== 'local' && account.error !== null && /sign in again/i.test(account.error);
}

function words(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useAccounts(client: Client): AccountsState {
  const [accounts, setAccounts] = useState<readonly SyncAccount[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [syncing, setSyncing] = useState<ReadonlySet<number>>(new Set());
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++latest.current;
    try {
      const { accounts: listed } = await client.listAccounts({});
      if (mine === latest.current) {
        setAccounts(listed);
        setLoaded(true);
      }
    } catch {
      // The section shows what it had; the next event asks again.
    }
  }, [client]);

  useEffect(() => void reload(), [reload]);
  useLiveEvent('syncChanged', () => void reload());
  useLiveEvent('libraryChanged', () => void reload());

  const test = useCallback(
    async ({ url, user, password }: AccountCredentials): Promise<AccountOutcome> => {
      try {
        await client.testAccount({ kind: 'greader', url, user, password });
        return { ok: true, message: `Signed in to ${hostOf(url)} as ${user.trim()}.` };
      } catch (error) {
        return { ok: false, message: `Could not sign in: ${words(error)}` };
      }
    },
    [client],
  );

  const syncOne = useCallback(
    async (accountId: number): Promise<AccountOutcome> => {
      setSyncing((now) => new Set(now).add(accountId));
      try {
        const result = await client.syncNow({ accountId });
        const failed = result.errors.find((error) => error.account === accountId);
        return failed ? { ok: false, message: failed.message } : { ok: true, message: 'Synced.' };
      } catch (error) {
        return { ok: false, message: words(error) };
      } finally {
        setSyncing((now) => {
          const next = new Set(now);
          next.delete(accountId);
          return next;
        });
        await reload();
      }
    },
    [client, reload],
  );

  const add = useCallback(
    async ({ url, user, password }: AccountCredentials): Promise<AccountOutcome> => {
      let added: SyncAccount;
      try {
        added = await client.addAccount({ kind: 'greader', url, user, password });
      } catch (error) {
        return { ok: false, message: `Could not add the account: ${words(error)}` };
      }
      await reload();
      // Its feeds come with the first sync, started at once.
      void syncOne(added.id);
      return { ok: true, message: `Added ${added.user} at ${hostOf(added.url ?? url)}; its feeds come with the first sync.` };
    },
    [client, reload, syncOne],
  );

  const reauth = useCallback(
    async (accountId: number, password: string): Promise<AccountOutcome> => {
      try {
        await client.reauthAccount({ accountId, password });
      } catch (error) {
        return { ok: false, message: `Could not sign in: ${words(error)}` };
      }
      await reload();
      void syncOne(accountId);
      return { ok: true, message: 'Signed in again.' };
    },
    [client, reload, syncOne],
  );

  const remove = useCallback(
    async (accountId: number) => {
      try {
        const removed = await client.removeAccount({ accountId });
        await reload();
        return { ok: true as const, message: 'Removed.', removed };
      } catch (error) {
        return { ok: false as const, message: words(error) };
      }
    },
    [client, reload],
  );

  return { accounts, loaded, syncing, test, add, reauth, syncNow: syncOne, remove };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
