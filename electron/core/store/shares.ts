// Shares: the shared mark and its note on article_state (migration 4), and the shared items the
// published feed and page are made of. The note column is the article's one note: a share with a
// note sets it, a share without one leaves it as it was.
import { randomUUID } from 'node:crypto';
import { TidingsError } from '../../../shared/errors';
import type { ArticleId } from '../../../shared/model';
import { prepared, type Db } from './database';
import { feedTitleColumn } from './organize';

export interface ShareMark {
  sharedAt: number;
  note: string | null;
  wasShared: boolean;
  previousNote: string | null;
}

/** What a published entry says about an article. */
export interface SharedItem {
  articleId: number;
  guid: string;
  feedId: number;
  title: string;
  link: string | null;
  author: string | null;
  publishedAt: number | null;
  sharedAt: number;
  note: string | null;
  summary: string;
  html: string | null;
  feedTitle: string;
  feedUrl: string;
  siteUrl: string | null;
}

/** Where a webhook says the shared article came from. */
export interface ShareSource {
  title: string;
  link: string | null;
  feedTitle: string;
}

export class Shares {
  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  /** Call inside a transaction when outbox entries go with it. */
  mark(articleId: ArticleId, note: string | undefined): ShareMark {
    const before = prepared<[number], { shared: number; shared_at: number | null; note: string | null }>(
      this.db,
      'SELECT shared, shared_at, note FROM article_state WHERE article_id = ?',
    ).get(articleId);
    if (!before) throw new TidingsError('not_found', `no article with id ${articleId}`);
    const now = this.clock();
    const given = note?.trim() ? note.trim() : null;
    if (given !== null) {
      prepared(this.db, 'UPDATE article_state SET note = ?, note_at = ? WHERE article_id = ?').run(given, now, articleId);
    }
    const wasShared = before.shared === 1;
    const sharedAt = wasShared && before.shared_at !== null ? before.shared_at : now;
    if (!wasShared) {
      prepared(this.db, 'UPDATE article_state SET shared = 1, shared_at = ? WHERE article_id = ?').run(sharedAt, articleId);
    }
    return { sharedAt, note: given ?? before.note, wasShared, previousNote: before.note };
  }

  /** `restoreNote` (undo of a share) puts back the note the article had before it. */
  unmark(articleId: ArticleId, restoreNote?: string | null): number {
    const changed = prepared(
      this.db,
      'UPDATE article_state SET shared = 0, shared_at = NULL WHERE article_id = ? AND shared = 1',
    ).run(articleId).changes;
    if (restoreNote !== undefined) {
      prepared(this.db, 'UPDATE article_state SET note = ?, note_at = ? WHERE article_id = ?').run(
        restoreNote,
        restoreNote === null ? null : this.clock(),
        articleId,
      );
    }
    return changed;
  }

  source(articleId: ArticleId): ShareSource {
    const row = prepared<[number], ShareSource>(
      this.db,
      `SELECT a.title, a.link, ${feedTitleColumn('f')} AS feedTitle
       FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?`,
    ).get(articleId);
    if (!row) throw new TidingsError('not_found', `no article with id ${articleId}`);
    return row;
  }

  /** Newest share first. */
  items(limit: number): SharedItem[] {
    return prepared<[number], SharedItem>(
      this.db,
      `SELECT a.id AS articleId, a.guid, a.feed_id AS feedId, a.title, a.link, a.author, a.published_at AS publishedAt,
         s.shared_at AS sharedAt, s.note, a.summary, c.html, ${feedTitleColumn('f')} AS feedTitle, f.url AS feedUrl,
         f.site_url AS siteUrl
       FROM article_state s JOIN articles a ON a.id = s.article_id JOIN feeds f ON f.id = a.feed_id
       LEFT JOIN article_content c ON c.article_id = a.id
       WHERE s.shared = 1 ORDER BY s.shared_at DESC, s.article_id DESC LIMIT ?`,
    ).all(limit);
  }

  /** The published feed's id: made once per library, so a reader of the feed keeps its place. */
  feedId(): string {
    const key = 'sharedFeedId';
    prepared(this.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(
      key,
      JSON.stringify(`urn:uuid:${randomUUID()}`),
    );
    const row = prepared<[string], { value: string }>(this.db, 'SELECT value FROM settings WHERE key = ?').get(key);
    return JSON.parse(row?.value ?? '""') as string;
  }
}
