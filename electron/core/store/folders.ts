// Folders nest to any depth; a folder is found by its path of names from the root.
import type { Folder, FolderId } from '../../../shared/model';
import { prepared, type Db } from './database';

interface FolderRow {
  id: number;
  parent_id: number | null;
  name: string;
}

/** "Tech/Linux" → ["Tech", "Linux"]; empty segments are dropped. */
export function splitFolderPath(path: string): string[] {
  return path
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** Each account has folders of its own (migration 12); account 1 is the local one. */
export function ensureFolderPath(db: Db, names: readonly string[], accountId = 1): FolderId | null {
  let parentId: number | null = null;
  const find = prepared<[number, string, number], { id: number }>(
    db,
    'SELECT id FROM folders WHERE ifnull(parent_id, 0) = ? AND name = ? AND account_id = ?',
  );
  const insert = prepared<[number | null, string, number], unknown>(
    db,
    'INSERT INTO folders (parent_id, name, account_id, position) VALUES (?, ?, ?, (SELECT ifnull(max(position), 0) + 1 FROM folders))',
  );
  for (const name of names) {
    const existing = find.get(parentId ?? 0, name, accountId);
    parentId = existing ? existing.id : Number(insert.run(parentId, name, accountId).lastInsertRowid);
  }
  return parentId;
}

export function listFolders(db: Db): Folder[] {
  const rows = prepared<[], FolderRow>(db, 'SELECT id, parent_id, name FROM folders ORDER BY position, id').all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pathOf = (row: FolderRow): string[] => {
    const path: string[] = [];
    // Walk up; the guard stops a corrupted cycle from looping forever.
    for (let at: FolderRow | undefined = row; at && path.length < 256; ) {
      path.unshift(at.name);
      at = at.parent_id === null ? undefined : byId.get(at.parent_id);
    }
    return path;
  };
  return rows.map((row) => ({ id: row.id, name: row.name, parentId: row.parent_id, path: pathOf(row) }));
}

/** The folder and every folder below it. */
export function folderSubtree(db: Db, folderId: FolderId): FolderId[] {
  return prepared<[number], { id: number }>(
    db,
    `WITH RECURSIVE tree(id) AS (
         SELECT id FROM folders WHERE id = ?
         UNION SELECT folders.id FROM folders JOIN tree ON folders.parent_id = tree.id)
       SELECT id FROM tree`,
  )
    .all(folderId)
    .map((row) => row.id);
}
