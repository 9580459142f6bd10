// The library holds webhook secrets, notes and reading history: only its owner may read it. New
// folders are made 0700 and new files 0600 whatever the umask says, and opening an existing library
// tightens what an older version left world-readable. Only Tidings' own files are touched (the
// database, its WAL and shared-memory files, its backups folder), and only when they belong to the
// user running Tidings; the folder the library sits in is tightened only when it is Tidings' own
// data folder, never a folder a person chose for `--db`. Windows has no such modes: nothing to do.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultDataDir } from '../paths';

const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;
const modesApply = process.platform !== 'win32';

/** A file only its owner may read or write (a backup, an export). */
export function keepPrivate(file: string): void {
  if (modesApply) chmodSync(file, PRIVATE_FILE);
}

/** A folder (and any missing parents) that only its owner may enter. */
export function makePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
}

/** Called before SQLite opens the file, so that the WAL and shared-memory files it creates take the database's 0600. */
export function secureLibraryFiles(file: string): void {
  const folder = dirname(file);
  if (!existsSync(folder)) makePrivateFolder(folder);
  if (!modesApply) return;
  if (resolve(folder) === resolve(defaultDataDir())) tighten(folder, PRIVATE_FOLDER);
  if (!existsSync(file)) createPrivateFile(file);
  for (const suffix of ['', '-wal', '-shm']) tighten(file + suffix, PRIVATE_FILE);
  const backups = join(folder, 'backups');
  if (!existsSync(backups)) return;
  const names = readdirSync(backups);
  const ours = names.filter((name) => BACKUP_NAME.test(name));
  for (const name of ours) tighten(join(backups, name), PRIVATE_FILE);
  // A "backups" folder beside a library a person put elsewhere may hold other things of theirs.
  if (ours.length === names.length) tighten(backups, PRIVATE_FOLDER);
}

/** The names backups.ts gives: daily, before a migration, and a daily one being written. */
const BACKUP_NAME = /^tidings-.*\.db(\.partial)?$/;

/** An empty file, 0600, unless another process made it first (then it is tightened like any other). */
function createPrivateFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', PRIVATE_FILE));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Takes group and other permissions away from a path the running user owns; false when it is not there. */
function tighten(path: string, mode: number): boolean {
  let info;
  try {
    info = statSync(path);
  } catch {
    return false;
  }
  const owner = process.getuid?.();
  if (owner !== undefined && info.uid === owner && (info.mode & 0o777) !== mode) chmodSync(path, mode);
  return true;
}
