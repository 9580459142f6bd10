// What is kept for reading offline: full text found by Readability (article_fulltext), images on
// disk (cached_images) and which articles use them (article_images), and the feeds whose every
// new article gets its full text (feeds.full_text).
import type { ArticleId, FeedId } from '../../../shared/model';
import { prepared, type Db } from './database';

export interface FullTextRow {
  html: string;
  text: string;
  source_url: string;
  fetched_at: number;
}

export interface CachedImageRow {
  url: string;
  file: string;
  content_type: string;
  bytes: number;
  fetched_at: number;
  used_at: number;
}

/** An article is kept for good (and so are its images) while it is starred, shared or noted. */
const pinnedArticle = 's.starred = 1 OR s.shared = 1 OR s.note IS NOT NULL';

export class OfflineStore {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {}

  // ---- full text ----

  fullText(articleId: ArticleId): FullTextRow | undefined {
    return prepared<[number], FullTextRow>(
      this.db,
      'SELECT html, text, source_url, fetched_at FROM article_fulltext WHERE article_id = ?',
    ).get(articleId);
  }

  saveFullText(articleId: ArticleId, page: { html: string; text: string; sourceUrl: string }): void {
    prepared(
      this.db,
      `INSERT INTO article_fulltext (article_id, html, text, source_url, fetched_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET html = excluded.html, text = excluded.text,
         source_url = excluded.source_url, fetched_at = excluded.fetched_at`,
    ).run(articleId, page.html, page.text, page.sourceUrl, this.clock());
  }

  /** False when there is no such feed. */
  setFeedFullText(feedId: FeedId, enabled: boolean): boolean {
    return prepared(this.db, 'UPDATE feeds SET full_text = ? WHERE id = ?').run(enabled ? 1 : 0, feedId).changes > 0;
  }

  feedWantsFullText(feedId: FeedId): boolean {
    return prepared<[number], { full_text: number }>(this.db, 'SELECT full_text FROM feeds WHERE id = ?').get(feedId)
      ?.full_text === 1;
  }

  /** Articles of a feed first seen at or after `since`: what one refresh brought. */
  articlesSince(feedId: FeedId, since: number): ArticleId[] {
    return prepared<[number, number], { id: number }>(
      this.db,
      'SELECT id FROM articles WHERE feed_id = ? AND first_seen_at >= ? ORDER BY id',
    )
      .all(feedId, since)
      .map((row) => row.id);
  }

  isPinned(articleId: ArticleId): boolean {
    return (
      prepared<[number], { pinned: number }>(
        this.db,
        `SELECT (${pinnedArticle}) AS pinned FROM article_state s WHERE s.article_id = ?`,
      ).get(articleId)?.pinned === 1
    );
  }

  // ---- images ----

  /** Says that the article shows these images (idempotent). */
  recordArticleImages(articleId: ArticleId, urls: readonly string[]): void {
    const insert = prepared(this.db, 'INSERT OR IGNORE INTO article_images (article_id, url) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const url of urls) insert.run(articleId, url);
    })();
  }

  cachedImage(url: string): CachedImageRow | undefined {
    return prepared<[string], CachedImageRow>(
      this.db,
      'SELECT url, file, content_type, bytes, fetched_at, used_at FROM cached_images WHERE url = ?',
    ).get(url);
  }

  /** The image stored under this file name, marked as just used (it drives eviction). */
  useCachedImage(file: string): CachedImageRow | undefined {
    const row = prepared<[string], CachedImageRow>(
      this.db,
      'SELECT url, file, content_type, bytes, fetched_at, used_at FROM cached_images WHERE file = ?',
    ).get(file);
    if (row) prepared(this.db, 'UPDATE cached_images SET used_at = ? WHERE url = ?').run(this.clock(), row.url);
    return row;
  }

  saveCachedImage(image: Omit<CachedImageRow, 'fetched_at' | 'used_at'>): void {
    const now = this.clock();
    prepared(
      this.db,
      `INSERT INTO cached_images (url, file, content_type, bytes, fetched_at, used_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (url) DO UPDATE SET file = excluded.file, content_type = excluded.content_type,
         bytes = excluded.bytes, fetched_at = excluded.fetched_at, used_at = excluded.used_at`,
    ).run(image.url, image.file, image.content_type, image.bytes, now, now);
  }

  deleteCachedImage(url: string): void {
    prepared(this.db, 'DELETE FROM cached_images WHERE url = ?').run(url);
  }

  /** url → file name of the article's images that are on disk. */
  cachedImagesOf(articleId: ArticleId): Map<string, string> {
    const rows = prepared<[number], { url: string; file: string }>(
      this.db,
      `SELECT c.url, c.file FROM article_images ai JOIN cached_images c ON c.url = ai.url WHERE ai.article_id = ?`,
    ).all(articleId);
    return new Map(rows.map((row) => [row.url, row.file]));
  }

  cachedBytes(): number {
    return prepared<[], { total: number }>(this.db, 'SELECT ifnull(sum(bytes), 0) AS total FROM cached_images').get()
      ?.total ?? 0;
  }

  /**
   * Images no starred, shared or noted article shows, least recently used first: the only ones
   * eviction may take.
   */
  evictableImages(): Pick<CachedImageRow, 'url' | 'file' | 'bytes'>[] {
    return prepared<[], Pick<CachedImageRow, 'url' | 'file' | 'bytes'>>(
      this.db,
      `SELECT c.url, c.file, c.bytes FROM cached_images c
       WHERE NOT EXISTS (
         SELECT 1 FROM article_images ai JOIN article_state s ON s.article_id = ai.article_id
         WHERE ai.url = c.url AND (${pinnedArticle}))
       ORDER BY c.used_at, c.url`,
    ).all();
  }
}
