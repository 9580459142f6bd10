// store.folders: the folders subscriptions sit in.
import type { Folder, FolderId } from '../../../shared/model';
import { TidingsError } from '../../../shared/errors';
import type { Db } from './database';
import { listFolders } from './folders';
import { renameFolder } from './organize';

export class Folders {
  constructor(private readonly db: Db) {}

  list(): Folder[] {
    return listFolders(this.db);
  }

  rename(id: FolderId, name: string): void {
    if (!renameFolder(this.db, id, name)) throw new TidingsError('not_found', `no folder with id ${id}`);
  }
}
