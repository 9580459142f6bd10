// Opening the library at start: a damaged file is never opened as if nothing happened, nor
// silently replaced by an empty one. It is kept aside, the newest good backup takes its place, and
// the person is told (UI and CLI).
import type { LibraryNotice } from '../../shared/model';
import { Store } from './store';
import { isHealthy, listBackups, restoreFrom, setAside } from './store/backups';
import type { OpenOptions } from './store/database';
import { existsSync } from 'node:fs';

export interface OpenedLibrary {
  store: Store;
  notice: LibraryNotice | null;
}

export function openLibrary(file: string, options: OpenOptions = {}): OpenedLibrary {
  if (file === ':memory:' || !existsSync(file) || isHealthy(file, options.nativeBinding)) {
    try {
      return { store: Store.open(file, options), notice: null };
    } catch (error) {
      if (!isDamage(error)) throw error;
    }
  }
  return recover(file, options);
}

function isDamage(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

function recover(file: string, options: OpenOptions): OpenedLibrary {
  const at = new Date().toISOString();
  const damagedFile = setAside(file, 'damaged');
  const backup = listBackups(file).find((candidate) => isHealthy(candidate, options.nativeBinding)) ?? null;
  if (backup) restoreFrom(backup, file);
  const notice: LibraryNotice = backup
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
