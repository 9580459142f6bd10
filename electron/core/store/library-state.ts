// The marks an import carries onto an article: read, starred, shared with a note, liked, a note,
// labels. Marks only ever add: an import never unstars or unreads, and a mark already there keeps
// its original time, so importing the same file twice changes nothing the second time.
import type { ArticleId } from '../../../shared/model';
import { prepared, type Db } from './database';

export interface ItemMarks {
  read: boolean;
  /** Milliseconds since the epoch, or null for "not so". */
  starredAt: number | null;
  sharedAt: number | null;
  likedAt: number | null;
  note: string | null;
  noteAt: number | null;
  labels: readonly string[];
}

export function applyItemState(db: Db, articleId: ArticleId, marks: ItemMarks, now: number): void {
  if (marks.read) {
    prepared(db, 'UPDATE article_state SET read = 1, read_at = ? WHERE article_id = ? AND read = 0').run(now, articleId);
  }
  if (marks.starredAt !== null) {
    prepared(db, 'UPDATE article_state SET starred = 1, starred_at = ? WHERE article_id = ? AND starred = 0').run(
      marks.starredAt,
      articleId,
    );
  }
  if (marks.sharedAt !== null) {
    prepared(db, 'UPDATE article_state SET shared = 1, shared_at = ? WHERE article_id = ? AND shared = 0').run(
      marks.sharedAt,
      articleId,
    );
  }
  if (marks.likedAt !== null) {
    prepared(db, 'UPDATE article_state SET liked = 1, liked_at = ? WHERE article_id = ? AND liked = 0').run(
      marks.likedAt,
      articleId,
    );
  }
  if (marks.note !== null) {
    prepared(db, 'UPDATE article_state SET note = ?, note_at = ? WHERE article_id = ? AND note IS NULL').run(
      marks.note,
      marks.noteAt ?? now,
      articleId,
    );
  }
  for (const label of marks.labels) {
    prepared(db, 'INSERT INTO labels (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(label);
    prepared(
      db,
      `INSERT INTO article_labels (label_id, article_id) SELECT id, ? FROM labels WHERE name = ?
       ON CONFLICT DO NOTHING`,
    ).run(articleId, label);
  }
}
