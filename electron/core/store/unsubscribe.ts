// Leaving a feed and coming back to it. A feed whose articles the person kept (keeping.ts) is not
// deleted: its other articles go, and the row stays, inactive and never refreshed, so the kept
// articles keep their source's name. Subscribing to the same URL again brings it back.
import type { FeedId, FolderId } from '../../../shared/model';
import { prepared, type Db } from './database';
import { keptCondition } from './keeping';

export interface Unsubscribed {
  removed: boolean;
  /** Articles that stayed with the inactive feed; 0 when the feed was deleted outright. */
  keptArticles: number;
}

/** Call inside a transaction. */
export function unsubscribeFeed(db: Db, id: FeedId, now: number): Unsubscribed {
  const kept =
    prepared<[number], { n: number }>(
      db,
      `SELECT count(*) AS n FROM article_state s WHERE s.feed_id = ? AND ${keptCondition('s')}`,
    ).get(id)?.n ?? 0;
  if (kept === 0) {
    return { removed: prepared(db, 'DELETE FROM feeds WHERE id = ?').run(id).changes > 0, keptArticles: 0 };
  }
  prepared(
    db,
    `DELETE FROM articles WHERE id IN
       (SELECT s.article_id FROM article_state s WHERE s.feed_id = ? AND NOT ${keptCondition('s')})`,
  ).run(id);
  // Out of its folder too: a folder's list would otherwise still show what the feed kept.
  prepared(
    db,
    'UPDATE feeds SET active = 0, unsubscribed_at = ?, folder_id = NULL, next_fetch_at = NULL WHERE id = ?',
  ).run(now, id);
  return { removed: true, keptArticles: kept };
}

/**
 * An inactive feed subscribed to again. Its validators are forgotten: the articles it had were
 * deleted, so a "304 Not Modified" would leave it empty.
 */
export function reviveFeed(db: Db, id: FeedId, folderId: FolderId | null): void {
  prepared(
    db,
    `UPDATE feeds SET active = 1, unsubscribed_at = NULL, folder_id = ?, etag = NULL, last_modified = NULL,
       next_fetch_at = NULL, gone_at = NULL WHERE id = ?`,
  ).run(folderId, id);
}
