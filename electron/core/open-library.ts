// Opening the library at start: a damaged file is never opened as if nothing happened, nor
// silently replaced by an empty one. It is kept aside, the newest good backup takes its place, and
// the person is told (UI and CLI).
import type { LibraryDamageNotice } from '../../shared/model';
import { Store } from './store';
import { checkHealth, isHealthy, listBackups, restoreFrom, setAside } from './store/backups';
import { explainStorageError, isDamage } from './store/storage-trouble';
import type { OpenOptions } from './store/database';
import { existsSync } from 'node:fs';

export interface OpenedLibrary {
  store: Store;
  notice: LibraryDamageNotice | null;
}

export function openLibrary(file: string, options: OpenOptions = {}): OpenedLibrary {
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
