// Retention: read articles older than the person wants to keep leave the library after a refresh
// of their feed, unless kept (keeping.ts). Each leaves a tombstone so the feed, if it still lists
// the item, does not bring it back as a new unread article (storeItems skips tombstoned guids).
import type { FeedId } from '../../../shared/model';
import { prepared, type Db } from './database';
import { keptCondition } from './keeping';

/**
 * Deletes the feed's read, unkept articles first seen at or before `cutoff`; call inside a
 * transaction. An article's list time is never later than when it was first seen, so the
 * `sort_at` bound lets the feed's index skip every recent article without reading its row.
 */
export function pruneFeed(db: Db, feedId: FeedId, cutoff: number, now: number): number {
  const doomed = prepared<[number, number, number], { id: number; guid: string }>(
    db,
    `SELECT a.id, a.guid FROM article_state s JOIN articles a ON a.id = s.article_id
     WHERE s.feed_id = ? AND s.sort_at <= ? AND s.read = 1 AND a.first_seen_at <= ? AND NOT ${keptCondition('s')}`,
  ).all(feedId, cutoff, cutoff);
  const bury = prepared(
    db,
    'INSERT INTO article_tombstones (feed_id, guid, removed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const remove = prepared(db, 'DELETE FROM articles WHERE id = ?');
  for (const article of doomed) {
    bury.run(feedId, article.guid, now);
    remove.run(article.id);
  }
  return doomed.length;
}

/** The moment before which read articles go, or null when the person keeps everything. */
export function retentionCutoff(retentionDays: number | null, now: number): number | null {
  return retentionDays === null ? null : now - retentionDays * 86_400_000;
}
