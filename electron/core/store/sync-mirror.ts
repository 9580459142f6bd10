// A sync account's feeds, folders and articles as the engine writes them from the server's answers.
// Every write runs inside `apply`, which marks the account as pulling for the transaction only, so
// the queue's triggers (migration 12) do not send the server's own changes back to it.
import type { FeedId } from '../../../shared/model';
import type { ParsedItem } from '../feed-types';
import { storeItems } from './articles';
import { prepared, type Db } from './database';
import { ensureFolderPath } from './folders';
import { applyFeedRetention } from './retention';
import { reviveFeed, unsubscribeFeed } from './unsubscribe';

export interface MirroredFeed {
  id: FeedId;
  remote_id: string | null;
  url: string;
  title: string;
  custom_title: string | null;
  folder: string | null;
  active: number;
}

export interface ServerFeed {
  remoteId: string;
  url: string;
  title: string;
  siteUrl: string | null;
  folder: string | null;
}

/** A feed URL another account already has is kept apart by this fragment (feeds.url is unique). */
export const ACCOUNT_FRAGMENT = /#tidings-account-\d+$/;

export class SyncMirror {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  /** One transaction in which the account's rows change without being queued for its server. */
  apply<T>(accountId: number, work: () => T): T {
    return this.db.transaction(() => {
      prepared(this.db, 'UPDATE accounts SET pulling = 1 WHERE id = ?').run(accountId);
      const result = work();
      prepared(this.db, 'UPDATE accounts SET pulling = 0 WHERE id = ?').run(accountId);
      return result;
    })();
  }

  feeds(accountId: number): MirroredFeed[] {
    return prepared<[number], MirroredFeed>(
      this.db,
      `SELECT f.id, f.remote_id, f.url, f.title, f.custom_title, d.name AS folder, f.active
       FROM feeds f LEFT JOIN folders d ON d.id = f.folder_id WHERE f.account_id = ? ORDER BY f.id`,
    ).all(accountId);
  }

  /** A feed subscribed here (or found on the server); `remoteId` null until the server has it. */
  insertFeed(accountId: number, feed: Omit<ServerFeed, 'remoteId'> & { remoteId: string | null }): FeedId {
    const taken = prepared<[string], { id: number }>(this.db, 'SELECT id FROM feeds WHERE url = ?').get(feed.url);
    const url = taken ? `${feed.url}#tidings-account-${accountId}` : feed.url;
    const folderId = feed.folder ? ensureFolderPath(this.db, [feed.folder], accountId) : null;
    return Number(
      prepared(
        this.db,
        `INSERT INTO feeds (url, title, site_url, folder_id, account_id, remote_id, position, created_at)
         VALUES (?, ?, ?, ?, ?, ?, (SELECT ifnull(max(position), 0) + 1 FROM feeds), ?)`,
      ).run(url, feed.title, feed.siteUrl, folderId, accountId, feed.remoteId, this.clock()).lastInsertRowid,
    );
  }

  /** The server's name and label win; a name given here was sent to the server before this pull. */
  updateFeed(accountId: number, id: FeedId, change: { title: string; folder: string | null; remoteId?: string }): void {
    const folderId = change.folder ? ensureFolderPath(this.db, [change.folder], accountId) : null;
    prepared(
      this.db,
      `UPDATE feeds SET title = ?, custom_title = NULL, folder_id = ?, remote_id = coalesce(?, remote_id) WHERE id = ?`,
    ).run(change.title, folderId, change.remoteId ?? null, id);
  }

  remoteIdOf(id: FeedId): string | null {
    return prepared<[number], { remote_id: string | null }>(this.db, 'SELECT remote_id FROM feeds WHERE id = ?').get(id)?.remote_id ?? null;
  }

  setRemoteId(id: FeedId, remoteId: string): void {
    prepared(this.db, 'UPDATE feeds SET remote_id = ? WHERE id = ?').run(remoteId, id);
  }

  /** Gone from the server: as unsubscribing here (kept articles stay, under the feed made inactive). */
  dropFeed(id: FeedId): void {
    unsubscribeFeed(this.db, id, this.clock());
  }

  revive(id: FeedId): void {
    reviveFeed(this.db, id, null);
  }

  /** Folders of the account that no feed is in any more. */
  dropEmptyFolders(accountId: number): void {
    prepared(
      this.db,
      'DELETE FROM folders WHERE account_id = ? AND NOT EXISTS (SELECT 1 FROM feeds WHERE folder_id = folders.id)',
    ).run(accountId);
  }

  /** Which of these item ids the account's articles already have. */
  knownItems(accountId: number, remoteIds: readonly string[]): Set<string> {
    return new Set(
      prepared<[number, string], string>(
        this.db,
        `SELECT a.remote_id FROM articles a JOIN feeds f ON f.id = a.feed_id
         WHERE f.account_id = ? AND a.remote_id IN (SELECT value FROM json_each(?))`,
      )
        .pluck()
        .all(accountId, JSON.stringify(remoteIds)),
    );
  }

  /** Items whose `id` is the server's long item id, stored as a refresh stores a feed's items. */
  storeItems(feedId: FeedId, items: readonly ParsedItem[]): number {
    const { added } = storeItems(this.db, feedId, items, this.clock());
    prepared(this.db, 'UPDATE articles SET remote_id = guid WHERE feed_id = ? AND remote_id IS NULL').run(feedId);
    return added;
  }

  /**
   * The server's read and starred state onto the account's articles: unread exactly those in
   * `unread`, starred exactly those in `starred`, except items in `skip` (a local change still queued).
   * Answers how many articles changed.
   */
  applyState(accountId: number, unread: readonly string[], starred: readonly string[], skip: readonly string[]): number {
    const ofAccount = `s.article_id IN (SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
      WHERE f.account_id = ? AND a.remote_id IS NOT NULL AND a.remote_id NOT IN (SELECT value FROM json_each(?))
        AND (a.remote_id IN (SELECT value FROM json_each(?))) = ?)`;
    const skipped = JSON.stringify(skip);
    const unreadIds = JSON.stringify(unread);
    const starredIds = JSON.stringify(starred);
    const now = this.clock();
    let changed = 0;
    const run = (sql: string, ...params: (number | string | null)[]): void => {
      changed += prepared<(number | string | null)[], unknown>(this.db, sql).run(...params).changes;
    };
    run(`UPDATE article_state AS s SET read = 0, read_at = NULL WHERE s.read = 1 AND ${ofAccount}`, accountId, skipped, unreadIds, 1);
    run(`UPDATE article_state AS s SET read = 1, read_at = ? WHERE s.read = 0 AND ${ofAccount}`, now, accountId, skipped, unreadIds, 0);
    run(`UPDATE article_state AS s SET starred = 1, starred_at = ? WHERE s.starred = 0 AND ${ofAccount}`, now, accountId, skipped, starredIds, 1);
    run(`UPDATE article_state AS s SET starred = 0, starred_at = NULL WHERE s.starred = 1 AND ${ofAccount}`, accountId, skipped, starredIds, 0);
    return changed;
  }

  /** As after a refresh (retention.ts): read, unkept articles past the account's feeds' retention go. */
  applyRetention(accountId: number, globalDays: number | null): number {
    const now = this.clock();
    const rows = prepared<[number], { id: number; retention_days: number | null; retention_max_articles: number | null }>(
      this.db,
      'SELECT id, retention_days, retention_max_articles FROM feeds WHERE account_id = ? AND active = 1',
    ).all(accountId);
    return rows.reduce((removed, row) => removed + applyFeedRetention(this.db, row, globalDays, now), 0);
  }
}
