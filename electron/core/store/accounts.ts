// The accounts table (migration 12): account 1 is the library on this computer; every other one is
// a sync account whose feeds, folders and articles mirror a Google Reader API server. A sync account
// keeps the server's token, never the password (the library file is its owner's alone: file-modes.ts).
import { TidingsError } from '../../../shared/errors';
import type { AccountKind, RemovedAccount, SyncAccount } from '../../../shared/sync';
import { prepared, type Db } from './database';
import { keptCondition } from './keeping';

export const LOCAL_ACCOUNT = 1;

export type { AccountKind, RemovedAccount } from '../../../shared/sync';

export interface AccountRow {
  id: number;
  kind: AccountKind;
  name: string;
  url: string | null;
  user: string | null;
  token: string | null;
  last_sync: number | null;
  error: string | null;
}

const columns = 'id, kind, name, url, user, token, last_sync, error';

export class Accounts {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  list(): SyncAccount[] {
    return prepared<[], AccountRow & { feeds: number; queued: number; feed_ids: string }>(
      this.db,
      `SELECT ${columns},
         (SELECT count(*) FROM feeds f WHERE f.account_id = a.id AND f.active = 1) AS feeds,
         (SELECT count(*) FROM sync_queue q WHERE q.account_id = a.id) AS queued,
         (SELECT json_group_array(f.id) FROM feeds f WHERE f.account_id = a.id) AS feed_ids
       FROM accounts a ORDER BY id`,
    )
      .all()
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        url: row.url,
        user: row.user,
        lastSync: row.last_sync === null ? null : new Date(row.last_sync).toISOString(),
        error: row.error,
        feeds: row.feeds,
        queued: row.queued,
        feedIds: JSON.parse(row.feed_ids) as number[],
      }));
  }

  get(id: number): AccountRow {
    const row = prepared<[number], AccountRow>(this.db, `SELECT ${columns} FROM accounts WHERE id = ?`).get(id);
    if (!row) throw new TidingsError('not_found', `there is no account ${id}; tidings account list shows their ids`);
    return row;
  }

  /** Every account that syncs with a server, oldest first. */
  syncing(): AccountRow[] {
    return prepared<[], AccountRow>(this.db, `SELECT ${columns} FROM accounts WHERE kind <> 'local' ORDER BY id`).all();
  }

  add(account: { kind: Exclude<AccountKind, 'local'>; url: string; user: string; token: string }): number {
    const existing = prepared<[string, string], { id: number }>(this.db, 'SELECT id FROM accounts WHERE url = ? AND user = ?').get(account.url, account.user);
    if (existing) throw new TidingsError('conflict', `${account.user} at ${account.url} is already account ${existing.id}`);
    return Number(
      prepared(this.db, 'INSERT INTO accounts (kind, name, url, user, token, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        account.kind,
        `${account.user} at ${new URL(account.url).host}`,
        account.url,
        account.user,
        account.token,
        this.clock(),
      ).lastInsertRowid,
    );
  }

  /** A new token after signing in again: the old refusal goes with the old token. */
  replaceToken(id: number, token: string): void {
    if (id === LOCAL_ACCOUNT) throw new TidingsError('bad_input', 'the account on this computer has no server to sign in to');
    this.get(id);
    prepared(this.db, 'UPDATE accounts SET token = ?, error = NULL WHERE id = ?').run(token, id);
  }

  recordSuccess(id: number): void {
    prepared(this.db, 'UPDATE accounts SET last_sync = ?, error = NULL WHERE id = ?').run(this.clock(), id);
  }

  recordError(id: number, message: string): void {
    prepared(this.db, 'UPDATE accounts SET error = ? WHERE id = ?').run(message.slice(0, 500), id);
  }

  /** The account a feed belongs to. */
  ofFeed(feedId: number): number {
    return prepared<[number], { account_id: number }>(this.db, 'SELECT account_id FROM feeds WHERE id = ?').get(feedId)?.account_id ?? LOCAL_ACCOUNT;
  }

  /**
   * Its feeds, folders, articles and queue go; kept articles first move to the local account, under
   * their feed made local and inactive (as unsubscribing leaves them: unsubscribe.ts).
   */
  remove(id: number): RemovedAccount {
    if (id === LOCAL_ACCOUNT) throw new TidingsError('bad_input', 'the account on this computer cannot be removed');
    this.get(id);
    return this.db.transaction(() => {
      // Nothing of this goes to the server: the account is leaving, not unsubscribing.
      prepared(this.db, 'UPDATE accounts SET pulling = 1 WHERE id = ?').run(id);
      const kept = prepared<[number], { n: number }>(
        this.db,
        `SELECT count(*) AS n FROM article_state s JOIN feeds f ON f.id = s.feed_id WHERE f.account_id = ? AND ${keptCondition('s')}`,
      ).get(id)?.n ?? 0;
      prepared(
        this.db,
        `DELETE FROM articles WHERE id IN (SELECT s.article_id FROM article_state s JOIN feeds f ON f.id = s.feed_id
           WHERE f.account_id = ? AND NOT ${keptCondition('s')})`,
      ).run(id);
      const keeping = `EXISTS (SELECT 1 FROM article_state s WHERE s.feed_id = feeds.id)`;
      prepared(
        this.db,
        `UPDATE articles SET remote_id = NULL WHERE feed_id IN (SELECT id FROM feeds WHERE account_id = ?)`,
      ).run(id);
      prepared(
        this.db,
        `UPDATE feeds SET account_id = ${LOCAL_ACCOUNT}, remote_id = NULL, active = 0, folder_id = NULL, next_fetch_at = NULL,
           unsubscribed_at = ? WHERE account_id = ? AND ${keeping}`,
      ).run(this.clock(), id);
      const feedsRemoved = prepared(this.db, 'DELETE FROM feeds WHERE account_id = ?').run(id).changes;
      prepared(this.db, 'DELETE FROM folders WHERE account_id = ?').run(id);
      prepared(this.db, 'DELETE FROM accounts WHERE id = ?').run(id);
      return { feedsRemoved, articlesKept: kept };
    })();
  }
}
