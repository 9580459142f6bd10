// What a person does to arrange subscriptions: names feeds, moves them between folders, renames
// folders. A feed's own title is rewritten by every refresh, so a name the person chose is kept
// apart (feeds.custom_title) and wins wherever a title is shown.
import { TidingsError } from '../../../shared/errors';
import type { FeedId, FolderId } from '../../../shared/model';
import { prepared, type Db } from './database';

/** The SQL for a feed's shown title, for a `feeds` table aliased as `alias`. */
export function feedTitleColumn(alias: string): string {
  return `coalesce(${alias}.custom_title, ${alias}.title)`;
}

/** An empty title gives the feed back its own. */
export function renameFeed(db: Db, id: FeedId, title: string): boolean {
  const name = title.trim();
  return prepared(db, 'UPDATE feeds SET custom_title = ? WHERE id = ?').run(name === '' ? null : name, id).changes > 0;
}

export function setFeedFolder(db: Db, id: FeedId, folderId: FolderId | null): boolean {
  return prepared(db, 'UPDATE feeds SET folder_id = ? WHERE id = ?').run(folderId, id).changes > 0;
}

export function renameFolder(db: Db, id: FolderId, name: string): boolean {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.includes('/')) {
    throw new TidingsError('bad_input', 'a folder name cannot be empty or contain "/"');
  }
  const clash = prepared<[number, string, number], { id: number }>(
    db,
    `SELECT b.id FROM folders a JOIN folders b ON ifnull(b.parent_id, 0) = ifnull(a.parent_id, 0)
     WHERE a.id = ? AND b.name = ? AND b.id <> ?`,
  ).get(id, trimmed, id);
  if (clash) throw new TidingsError('conflict', `there is already a folder named "${trimmed}" there`);
  return prepared(db, 'UPDATE folders SET name = ? WHERE id = ?').run(trimmed, id).changes > 0;
}
