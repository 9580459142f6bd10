// The sync queue (migration 12): local changes to a sync account's articles and subscriptions still
// to tell its server, in order. The rows are written by triggers, in the transaction of the change
// itself; the engine reads them, and deletes each only after the server accepted it.
import { prepared, type Db } from './database';

export type QueueAction = 'read' | 'unread' | 'star' | 'unstar' | 'label' | 'unlabel' | 'subscribe' | 'unsubscribe' | 'rename' | 'move';

export interface QueueRow {
  id: number;
  account_id: number;
  /** The long item id (read/star), the stream (`feed/N`), or '' for a feed not yet on the server. */
  item: string;
  action: QueueAction;
  /** JSON: {label} for label/unlabel, {feed, url, folder} for subscribe, {feed, title} for rename, {feed, from, to} for move. */
  payload: string;
  created_at: number;
}

export class SyncQueue {
  constructor(private readonly db: Db) {}

  /** The account's rows, oldest first. */
  pending(accountId: number): QueueRow[] {
    return prepared<[number], QueueRow>(
      this.db,
      'SELECT id, account_id, item, action, payload, created_at FROM sync_queue WHERE account_id = ? ORDER BY id',
    ).all(accountId);
  }

  count(accountId?: number): number {
    if (accountId === undefined) return prepared<[], { n: number }>(this.db, 'SELECT count(*) AS n FROM sync_queue').get()?.n ?? 0;
    return prepared<[number], { n: number }>(this.db, 'SELECT count(*) AS n FROM sync_queue WHERE account_id = ?').get(accountId)?.n ?? 0;
  }

  /** Once the server accepted them (or they cancel out): never before. */
  remove(ids: readonly number[]): void {
    if (ids.length === 0) return;
    prepared(this.db, 'DELETE FROM sync_queue WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
  }
}
