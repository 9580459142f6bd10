// Opening the library at start: a damaged file is never opened as if nothing happened, nor
// silently replaced by an empty one. It is kept aside, the newest good backup takes its place, and
// the person is told (UI and CLI).
import type { LibraryDamageNotice } from '../../../shared/model';
import { Store, type OpenOptions } from '../store';
import { checkHealth, isHealthy, listBackups, restoreFrom, setAside } from '../store/backups';
import { explainStorageError, isDamage } from '../store/storage-errors';
import { existsSync } from 'node:fs';
import { expectLibraryOrNothing } from '../store/library-identity';
import { refuseWhileInUse } from './library-in-use';

export interface OpenedLibrary {
  store: Store;
  notice: LibraryDamageNotice | null;
}

export function openLibrary(file: string, options: OpenOptions = {}): OpenedLibrary {
  // Only a Tidings library is ever migrated, set aside or replaced; anything else is refused untouched.
  const identity = file === ':memory:' ? 'empty' : expectLibraryOrNothing(file, options.nativeBinding);
  if (options.readonly) return { store: Store.open(file, options), notice: null };
  if (identity === 'damaged-tidings') return recover(file, options);
  if (file === ':memory:' || !existsSync(file) || checkHealth(file, options.nativeBinding) === 'ok') {
    try {
      return { store: Store.open(file, options), notice: null };
    } catch (error) {
      if (!isDamage(error)) throw explainStorageError(error);
    }
  }
  return recover(file, options);
}

function recover(file: string, options: OpenOptions): OpenedLibrary {
  // Moving the file aside under another process would leave it writing to the damaged copy.
  refuseWhileInUse(file, 'set the damaged library aside and restore a backup');
  const at = new Date().toISOString();
  const damagedFile = setAside(file, 'damaged');
  const backup = listBackups(file).find((candidate) => isHealthy(candidate, options.nativeBinding)) ?? null;
  if (backup) restoreFrom(backup, file);
  const notice: LibraryDamageNotice = backup
    ? {
        kind: 'restored-from-backup',
        message: `Your library was damaged. Tidings restored the backup ${backup}; the damaged file is kept at ${damagedFile}.`,
        damagedFile,
        backup,
        at,
      }
    : {
        kind: 'started-empty',
        message: `Your library was damaged and there is no backup to restore. Tidings started a new one; the damaged file is kept at ${damagedFile}.`,
        damagedFile,
        backup: null,
        at,
      };
  return { store: Store.open(file, options), notice };
}
