// What the contract says about sync accounts (docs/sync.md). A token or password never appears here.

export type AccountKind = 'local' | 'greader';

export interface SyncAccount {
  id: number;
  kind: AccountKind;
  url: string | null;
  user: string | null;
  /** ISO time of the last sync that went through, or null. */
  lastSync: string | null;
  /** Why the last sync failed, in words, or null. */
  error: string | null;
  /** Active feeds. */
  feeds: number;
  /** Local changes still to tell the server. */
  queued: number;
  /** The account's feeds, active or not. */
  feedIds: number[];
}

export interface SyncRunResult {
  accounts: number;
  feeds: number;
  newArticles: number;
  /** Items read from the servers. */
  pulled: number;
  /** Queued changes the servers accepted. */
  pushed: number;
  /** Changes still queued (an account failed). */
  queued: number;
  /** Accounts that failed. */
  failed: number;
  ms: number;
  /** Requests made to the servers. */
  requests: number;
  /** One line per failed account, and per feed a server refused. */
  errors: { account: number; message: string }[];
}

export interface RemovedAccount {
  feedsRemoved: number;
  articlesKept: number;
}

/**
 * An account as the sidebar groups by it (Library.accounts): its heading and what is filed under
 * it. Inactive feeds (kept articles only) are always this computer's.
 */
export interface AccountGroup {
  id: number;
  kind: AccountKind;
  /** "On this computer", or the server's user and host. */
  title: string;
  /** Its active feeds. */
  feedIds: number[];
  folderIds: number[];
}
