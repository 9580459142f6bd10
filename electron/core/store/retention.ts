// Retention: read articles older than the person wants to keep leave the library after a refresh
// of their feed, unless kept (keeping.ts). Each leaves a tombstone so the feed, if it still lists
// the item, does not bring it back as a new unread article (storeItems skips tombstoned guids).
// A feed may override the global setting (docs/keeping.md): its own number of days, "forever",
// and a count limit that keeps only its newest N articles.
import { TidingsError } from '../../../shared/errors';
import type { FeedId, FeedRetention } from '../../../shared/model';
import { prepared, type Db } from './database';
import type { FeedRow } from './feeds';
import { keptCondition } from './keeping';

/** `feeds.retention_days` for "keep read articles forever, whatever the global setting says". */
export const KEEP_FOREVER_DAYS = -1;

interface Doomed {
  id: number;
  guid: string;
}

/** Tombstone first, then delete: a feed still listing the item must not bring it back. */
function removeWithTombstones(db: Db, feedId: FeedId, doomed: readonly Doomed[], now: number): number {
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

/**
 * Deletes the feed's read, unkept articles first seen at or before `cutoff`; call inside a
 * transaction. An article's list time is never later than when it was first seen, so the
 * `sort_at` bound lets the feed's index skip every recent article without reading its row.
 */
export function pruneFeed(db: Db, feedId: FeedId, cutoff: number, now: number): number {
  const doomed = prepared<[number, number, number], Doomed>(
    db,
    `SELECT a.id, a.guid FROM article_state s JOIN articles a ON a.id = s.article_id
     WHERE s.feed_id = ? AND s.sort_at <= ? AND s.read = 1 AND a.first_seen_at <= ? AND NOT ${keptCondition('s')}`,
  ).all(feedId, cutoff, cutoff);
  return removeWithTombstones(db, feedId, doomed, now);
}

/**
 * Deletes the feed's read, unkept articles that are not among its newest `maxArticles` (by list
 * time, as the person sees them); call inside a transaction. Every article, unread and kept ones
 * too, holds a place among the newest N, so N bounds what the feed shows wherever it can.
 */
export function pruneBeyondCount(db: Db, feedId: FeedId, maxArticles: number, now: number): number {
  const last = prepared<[number, number], { sort_at: number; article_id: number }>(
    db,
    `SELECT sort_at, article_id FROM article_state WHERE feed_id = ?
     ORDER BY sort_at DESC, article_id DESC LIMIT 1 OFFSET ?`,
  ).get(feedId, maxArticles - 1);
  if (!last) return 0; // the feed has N articles or fewer
  const doomed = prepared<[number, number, number], Doomed>(
    db,
    `SELECT a.id, a.guid FROM article_state s JOIN articles a ON a.id = s.article_id
     WHERE s.feed_id = ? AND (s.sort_at, s.article_id) < (?, ?) AND s.read = 1 AND NOT ${keptCondition('s')}`,
  ).all(feedId, last.sort_at, last.article_id);
  return removeWithTombstones(db, feedId, doomed, now);
}

/** The moment before which read articles go, or null when the person keeps everything. */
export function retentionCutoff(retentionDays: number | null, now: number): number | null {
  return retentionDays === null ? null : now - retentionDays * 86_400_000;
}

/** The feed's own rule, or the global days when it has none; null days keep every read article. */
export function effectiveRetentionDays(row: Pick<FeedRow, 'retention_days'>, globalDays: number | null): number | null {
  if (row.retention_days === null) return globalDays;
  return row.retention_days === KEEP_FOREVER_DAYS ? null : row.retention_days;
}

/** Both limits of the feed, in one transaction with whatever the caller is writing. */
export function applyFeedRetention(
  db: Db,
  row: Pick<FeedRow, 'id' | 'retention_days' | 'retention_max_articles'>,
  globalDays: number | null,
  now: number,
): number {
  const cutoff = retentionCutoff(effectiveRetentionDays(row, globalDays), now);
  const byAge = cutoff === null ? 0 : pruneFeed(db, row.id, cutoff, now);
  const byCount = row.retention_max_articles === null ? 0 : pruneBeyondCount(db, row.id, row.retention_max_articles, now);
  return byAge + byCount;
}

export function toFeedRetention(row: Pick<FeedRow, 'retention_days' | 'retention_max_articles'>): FeedRetention {
  return {
    days: row.retention_days === KEEP_FOREVER_DAYS ? 'forever' : row.retention_days,
    maxArticles: row.retention_max_articles,
  };
}

/** Stores the feed's rule; the next refresh of the feed applies it. */
export function setFeedRetention(db: Db, feedId: FeedId, retention: FeedRetention): void {
  const days = retention.days === 'forever' ? KEEP_FOREVER_DAYS : retention.days;
  const changed = prepared(db, 'UPDATE feeds SET retention_days = ?, retention_max_articles = ? WHERE id = ?').run(
    days,
    retention.maxArticles,
    feedId,
  ).changes;
  if (changed === 0) throw new TidingsError('not_found', `no feed with id ${feedId}`);
}
