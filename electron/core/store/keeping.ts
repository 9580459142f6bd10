// What a person keeps of an article besides read and starred: a like, a note of their own, labels.
// Also which articles count as kept at all, since retention and unsubscribing never delete those,
// and the lists of kept articles (the Starred, Liked, Notes and label views).
import { TidingsError } from '../../../shared/errors';
import type { ArticleId, ArticleScope, Label, LabelId, LabelSummary } from '../../../shared/model';
import { prepared, type Db } from './database';

/**
 * SQL that is true for a kept article, for an `article_state` row aliased as `alias`: starred,
 * shared, liked, noted or labelled. The one definition retention and unsubscribing both use.
 */
export function keptCondition(alias: string): string {
  return `(${alias}.starred = 1 OR ${alias}.shared = 1 OR ${alias}.liked = 1 OR ${alias}.note IS NOT NULL
    OR EXISTS (SELECT 1 FROM article_labels kept_label WHERE kept_label.article_id = ${alias}.article_id))`;
}

/**
 * A list of kept articles as SQL over `article_state s`: which rows, and the column it is ordered
 * by. Each `where` matches its partial index (migrations 1, 4 and 6), so a page is an index walk.
 */
export interface StateList {
  where: string;
  params: (number | string)[];
  key: string;
}

export function stateListOf(scope: ArticleScope): StateList | null {
  switch (scope.kind) {
    case 'starred':
      return { where: 's.starred = 1', params: [], key: 's.starred_at' };
    case 'shared':
      return { where: 's.shared = 1', params: [], key: 's.shared_at' };
    case 'liked':
      return { where: 's.liked = 1', params: [], key: 's.liked_at' };
    case 'notes':
      return { where: 's.note IS NOT NULL', params: [], key: 's.note_at' };
    case 'label':
      // Labels are not times: a label's articles are listed by their own time.
      return {
        where: 's.article_id IN (SELECT article_id FROM article_labels WHERE label_id = ?)',
        params: [scope.labelId],
        key: 's.sort_at',
      };
    case 'filtered':
      // What rules hid (migration 13), most recently hidden first.
      return { where: 's.hidden_at IS NOT NULL', params: [], key: 's.hidden_at' };
    default:
      return null;
  }
}

export function setLiked(db: Db, id: ArticleId, liked: boolean, now: number): number {
  return prepared(db, 'UPDATE article_state SET liked = ?, liked_at = ? WHERE article_id = ? AND liked <> ?').run(
    liked ? 1 : 0,
    liked ? now : null,
    id,
    liked ? 1 : 0,
  ).changes;
}

/** Blank text clears the note; a note's time is when its words last changed. */
export function setNote(db: Db, id: ArticleId, note: string | null, now: number): number {
  const text = note?.trim() ? note.trim() : null;
  return prepared(
    db,
    'UPDATE article_state SET note = ?, note_at = ? WHERE article_id = ? AND note IS NOT ?',
  ).run(text, text === null ? null : now, id, text).changes;
}

export function articleLabels(db: Db, id: ArticleId): Label[] {
  return prepared<[number], Label>(
    db,
    `SELECT l.id, l.name FROM article_labels al JOIN labels l ON l.id = al.label_id
     WHERE al.article_id = ? ORDER BY l.name COLLATE NOCASE, l.id`,
  ).all(id);
}

/**
 * Adds and removes labels by name; call inside a transaction. A label exists while some article
 * carries it: one that loses its last article goes, so the sidebar never lists empty labels.
 */
export function labelArticle(db: Db, id: ArticleId, add: readonly string[], remove: readonly string[]): Label[] {
  const findLabel = prepared<[string], { id: number }>(db, 'SELECT id FROM labels WHERE name = ?');
  for (const name of add) {
    prepared(db, 'INSERT INTO labels (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
    const label = findLabel.get(name);
    if (label) prepared(db, 'INSERT INTO article_labels (label_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(label.id, id);
  }
  for (const name of remove) {
    const label = findLabel.get(name);
    if (!label) continue;
    prepared(db, 'DELETE FROM article_labels WHERE label_id = ? AND article_id = ?').run(label.id, id);
    dropIfEmpty(db, label.id);
  }
  return articleLabels(db, id);
}

function dropIfEmpty(db: Db, labelId: LabelId): void {
  prepared(db, 'DELETE FROM labels WHERE id = ? AND NOT EXISTS (SELECT 1 FROM article_labels WHERE label_id = ?)').run(
    labelId,
    labelId,
  );
}

export function labelSummaries(db: Db): LabelSummary[] {
  return prepared<[], LabelSummary>(
    db,
    `SELECT l.id, l.name, (SELECT count(*) FROM article_labels al WHERE al.label_id = l.id) AS count
     FROM labels l ORDER BY l.name COLLATE NOCASE, l.id`,
  ).all();
}

export function renameLabel(db: Db, id: LabelId, name: string): LabelSummary {
  const clash = prepared<[string, number], { id: number }>(db, 'SELECT id FROM labels WHERE name = ? AND id <> ?').get(name, id);
  if (clash) throw new TidingsError('conflict', `there is already a label named "${name}"`);
  if (prepared(db, 'UPDATE labels SET name = ? WHERE id = ?').run(name, id).changes === 0) {
    throw new TidingsError('not_found', `no label with id ${id}`);
  }
  const renamed = labelSummaries(db).find((label) => label.id === id);
  if (!renamed) throw new TidingsError('not_found', `no label with id ${id}`);
  return renamed;
}

/** The articles stay; they only lose the label (article_labels goes by cascade). */
export function deleteLabel(db: Db, id: LabelId): boolean {
  return prepared(db, 'DELETE FROM labels WHERE id = ?').run(id).changes > 0;
}

export function keptTotals(db: Db): { liked: number; notes: number } {
  // Each count walks one partial index.
  const liked = prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM article_state WHERE liked = 1').get()?.n ?? 0;
  const notes = prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM article_state WHERE note IS NOT NULL').get()?.n ?? 0;
  return { liked, notes };
}
