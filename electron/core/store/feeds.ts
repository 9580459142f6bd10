// Subscriptions and what we remember about fetching them.
import type { ErrorStage, FeedId, FolderId } from '../../../shared/model';
import { prepared, type Db } from './database';

export interface FeedRow {
  id: FeedId;
  url: string;
  site_url: string | null;
  title: string;
  folder_id: FolderId | null;
  active: number;
  etag: string | null;
  last_modified: string | null;
  ttl_minutes: number | null;
  last_fetched_at: number | null;
  last_success_at: number | null;
  error_stage: ErrorStage | null;
  error_message: string | null;
  error_at: number | null;
  error_count: number;
  next_fetch_at: number | null;
  refresh_minutes: number | null;
  gone_at: number | null;
  /** 1: every new article gets its full text fetched (the feed carries summaries only). */
  full_text: number;
  /** Per-feed retention (retention.ts): NULL follows the global setting; -1 keeps forever. */
  retention_days: number | null;
  /** NULL: no count limit. */
  retention_max_articles: number | null;
  /** 1: the local account; any other is a sync account's feed, which its server fetches (migration 12). */
  account_id: number;
}

const feedColumns = `id, url, site_url, title, folder_id, active, etag, last_modified, ttl_minutes,
  last_fetched_at, last_success_at, error_stage, error_message, error_at, error_count, next_fetch_at,
  refresh_minutes, gone_at, full_text, retention_days, retention_max_articles, account_id`;

export interface NewFeed {
  url: string;
  title?: string;
  siteUrl?: string | null;
  folderId?: FolderId | null;
}

export function insertFeed(db: Db, feed: NewFeed, now: number): FeedId {
  const result = prepared(
    db,
    `INSERT INTO feeds (url, title, site_url, folder_id, position, created_at)
       VALUES (?, ?, ?, ?, (SELECT ifnull(max(position), 0) + 1 FROM feeds), ?)`,
  ).run(feed.url, feed.title ?? '', feed.siteUrl ?? null, feed.folderId ?? null, now);
  return Number(result.lastInsertRowid);
}

export function getFeed(db: Db, id: FeedId): FeedRow | undefined {
  return prepared<[number], FeedRow>(db, `SELECT ${feedColumns} FROM feeds WHERE id = ?`).get(id);
}

/** The local account's feed with this URL (a sync account's feed is its server's business). */
export function getFeedByUrl(db: Db, url: string): FeedRow | undefined {
  return prepared<[string], FeedRow>(db, `SELECT ${feedColumns} FROM feeds WHERE url = ? AND account_id = 1`).get(url);
}

export function listFeedRows(db: Db): FeedRow[] {
  return prepared<[], FeedRow>(db, `SELECT ${feedColumns} FROM feeds ORDER BY position, id`).all();
}

/**
 * The feeds filed in any of these folders, by the folder index: a folder's page asks for this
 * every time, and reading every feed row to filter them was half of a page's time at 2,000 feeds.
 */
export function feedIdsInFolders(db: Db, folderIds: readonly FolderId[]): FeedId[] {
  return prepared<[string], { id: FeedId }>(db, 'SELECT id FROM feeds WHERE folder_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(folderIds))
    .map((row) => row.id);
}

/** The columns a subscription's summary shows (store.library.summary()), no more, with its count and icon. */
export type FeedSummaryRow = Pick<
  FeedRow,
  | 'id' | 'url' | 'site_url' | 'title' | 'folder_id' | 'active' | 'error_stage' | 'error_message' | 'error_at'
  | 'last_fetched_at' | 'full_text' | 'retention_days' | 'retention_max_articles'
> & {
  /** The name the person chose, if any (organize.ts). */
  custom_title: string | null;
  unread: number;
  /** When the feed's icon last changed, if it has one (icons.ts). */
  icon_changed_at: number | null;
};

type FeedSummaryTuple = [
  FeedId, string, string | null, string, FolderId | null, number, ErrorStage | null, string | null, number | null,
  number | null, number, number | null, number | null, string | null, number, number | null,
];

// The count and the icon are joined by primary key here rather than read into maps beside the
// rows: at 2,000 feeds the maps were a third of the sidebar's time.
const summarySelect = `SELECT f.id, f.url, f.site_url, f.title, f.folder_id, f.active, f.error_stage, f.error_message,
    f.error_at, f.last_fetched_at, f.full_text, f.retention_days, f.retention_max_articles, f.custom_title,
    ifnull(c.unread, 0), i.changed_at
  FROM feeds f
  LEFT JOIN feed_counts c ON c.feed_id = f.id
  LEFT JOIN feed_icons i ON i.feed_id = f.id AND i.data IS NOT NULL`;

/**
 * Every feed's summary, in the sidebar's order. Read as arrays: with 2,000 feeds, better-sqlite3
 * building a row object per feed costs more than the query itself.
 */
export function listFeedSummaryRows(db: Db): FeedSummaryRow[] {
  const rows = prepared<[], FeedSummaryTuple>(db, `${summarySelect} ORDER BY f.position, f.id`).raw(true).all() as FeedSummaryTuple[];
  return rows.map(toSummaryRow);
}

export function feedSummaryRow(db: Db, id: FeedId): FeedSummaryRow | null {
  const row = prepared<[number], FeedSummaryTuple>(db, `${summarySelect} WHERE f.id = ?`).raw(true).get(id) as FeedSummaryTuple | undefined;
  return row ? toSummaryRow(row) : null;
}

function toSummaryRow([
  id, url, site_url, title, folder_id, active, error_stage, error_message, error_at, last_fetched_at, full_text,
  retention_days, retention_max_articles, custom_title, unread, icon_changed_at,
]: FeedSummaryTuple): FeedSummaryRow {
  return {
    id, url, site_url, title, folder_id, active, error_stage, error_message, error_at, last_fetched_at, full_text,
    retention_days, retention_max_articles, custom_title, unread, icon_changed_at,
  };
}

/** Active feeds that are not gone and are due by `now` (never-fetched feeds are always due). */
export function dueFeedRows(db: Db, now: number): FeedRow[] {
  return prepared<[number], FeedRow>(
    db,
    `SELECT ${feedColumns} FROM feeds
     WHERE active = 1 AND gone_at IS NULL AND (next_fetch_at IS NULL OR next_fetch_at <= ?) AND account_id = 1
     ORDER BY position, id`,
  ).all(now);
}

export function scheduleFeed(db: Db, id: FeedId, nextFetchAt: number): void {
  prepared(db, 'UPDATE feeds SET next_fetch_at = ? WHERE id = ?').run(nextFetchAt, id);
}

/** 410 Gone: the publisher says the feed will not come back; it is no longer polled. */
export function markFeedGone(db: Db, id: FeedId, now: number): void {
  prepared(db, 'UPDATE feeds SET gone_at = ? WHERE id = ?').run(now, id);
}

export interface FetchValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface FeedMetadata {
  title: string;
  siteUrl: string | null;
  ttlMinutes: number | null;
}

/** A fetch that brought a new document; validators are saved with the items, never before them. */
export function recordFeedSuccess(
  db: Db,
  id: FeedId,
  meta: FeedMetadata,
  validators: FetchValidators,
  now: number,
): void {
  prepared(
    db,
    `UPDATE feeds SET
       title = CASE WHEN ? <> '' THEN ? ELSE title END,
       site_url = coalesce(?, site_url), ttl_minutes = ?,
       etag = ?, last_modified = ?, last_fetched_at = ?, last_success_at = ?,
       error_stage = NULL, error_message = NULL, error_at = NULL, error_count = 0
       , gone_at = NULL
     WHERE id = ?`,
  ).run(meta.title, meta.title, meta.siteUrl, meta.ttlMinutes, validators.etag, validators.lastModified, now, now, id);
}

export function recordFeedNotModified(db: Db, id: FeedId, now: number): void {
  prepared(
    db,
    `UPDATE feeds SET last_fetched_at = ?, last_success_at = ?,
       error_stage = NULL, error_message = NULL, error_at = NULL, error_count = 0, gone_at = NULL
     WHERE id = ?`,
  ).run(now, now, id);
}

export function recordFeedError(db: Db, id: FeedId, stage: ErrorStage, message: string, now: number): void {
  prepared(
    db,
    `UPDATE feeds SET last_fetched_at = ?, error_stage = ?, error_message = ?, error_at = ?,
       error_count = error_count + 1
     WHERE id = ?`,
  ).run(now, stage, message.slice(0, 2000), now, id);
}

export function updateFeedUrl(db: Db, id: FeedId, url: string): void {
  prepared(db, 'UPDATE feeds SET url = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = ?)').run(
    url,
    id,
    url,
  );
}
