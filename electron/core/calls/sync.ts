// The contract's sync calls (issue #17). createHandlers (calls/handlers.ts) spreads these in.
import type { Handlers } from '../../../shared/contract';
import { TidingsError } from '../../../shared/errors';
import type { SyncAccount } from '../../../shared/sync';
import { splitFolderPath, type Store } from '../store';
import type { SyncEngine } from '../sync/engine';
import { GReaderClient } from '../sync/greader/client';
import { SyncError } from '../sync/greader/errors';

type SyncCalls = 'listAccounts' | 'addAccount' | 'testAccount' | 'removeAccount' | 'syncNow' | 'addAccountFeed' | 'reauthAccount';

export function syncHandlers(store: Store, engine: SyncEngine): Pick<Handlers, SyncCalls> {
  const account = (id: number): SyncAccount => {
    const found = store.accounts.list().find((candidate) => candidate.id === id);
    if (!found) throw new TidingsError('not_found', `there is no account ${id}; tidings account list shows their ids`);
    return found;
  };
  return {
    listAccounts: () => ({ accounts: store.accounts.list() }),

    addAccount: async ({ kind, url, user, password }) => {
      const token = await engine.tokens.seal(await signIn(url, user, password));
      return account(store.accounts.add({ kind, url, user, token }));
    },

    testAccount: async ({ url, user, password }) => {
      await signIn(url, user, password);
      return { ok: true as const };
    },

    removeAccount: ({ accountId }) => store.accounts.remove(accountId),

    reauthAccount: async ({ accountId, password }) => {
      const target = store.accounts.get(accountId);
      if (target.kind === 'local' || !target.url || !target.user) throw new TidingsError('bad_input', 'the account on this computer has no server to sign in to');
      const token = await engine.tokens.seal(await signIn(target.url, target.user, password));
      store.accounts.replaceToken(accountId, token);
      return account(accountId);
    },

    syncNow: ({ accountId }) => {
      if (accountId !== undefined) account(accountId);
      return engine.sync(accountId);
    },

    addAccountFeed: async ({ accountId, url, folder }) => {
      const target = account(accountId);
      if (target.kind === 'local') throw new TidingsError('bad_input', 'account 1 is this computer: tidings add without --account subscribes there');
      const folderNames = splitFolderPath(folder ?? '');
      if (folderNames.length > 1) throw new TidingsError('bad_input', 'a sync server has one level of folders (labels): give one folder name');
      if (store.syncMirror.feeds(accountId).some((feed) => feed.active === 1 && feed.url === url)) {
        throw new TidingsError('conflict', `account ${accountId} already subscribes to ${url}`);
      }
      // Queued by the insert itself (migration 12's trigger), then sent at once if the server answers.
      const feedId = store.transaction(() =>
        store.syncMirror.insertFeed(accountId, { remoteId: null, url, title: url, siteUrl: null, folder: folderNames[0] ?? null }),
      );
      const sync = await engine.sync(accountId);
      return { feedId, sync };
    },
  };
}

/** The server's token for these credentials; a refusal in words a person can act on. */
async function signIn(url: string, user: string, password: string): Promise<string> {
  try {
    return await GReaderClient.login(url, user, password);
  } catch (error) {
    if (error instanceof SyncError) throw new TidingsError(error.kind === 'auth' ? 'unauthorized' : 'bad_input', error.message);
    throw error;
  }
}
