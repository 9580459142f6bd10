// When the library cannot be written, the cause is the machine, not the feed or the call: a full
// disk, a read-only file or folder, a failing drive. Such errors are told apart from everything
// else so that no feed is marked broken for them, a refresh stops instead of failing a thousand
// times, and the person reads what to do. SQLite rolls the transaction back, so nothing is lost.
import { TidingsError } from '../../../shared/errors';

export type StorageProblem = 'full' | 'read-only' | 'io';

const messages: Record<StorageProblem, string> = {
  full: 'The disk that holds your library is full, so Tidings could not save. Nothing was lost; free some space and it carries on.',
  'read-only': 'Your library file or its folder is read-only, so Tidings could not save. Nothing was lost; make it writable again.',
  io: 'The disk that holds your library reported an error, so Tidings could not save. Nothing was lost; check the drive.',
};

/** SQLite's result code on better-sqlite3's SqliteError, e.g. "SQLITE_FULL" or "SQLITE_IOERR_WRITE". */
function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function storageProblem(error: unknown): StorageProblem | null {
  if (error instanceof StorageUnavailable) return error.problem;
  const code = sqliteCode(error);
  if (code === 'SQLITE_FULL') return 'full';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code.startsWith('SQLITE_IOERR')) return 'io';
  return null;
}

/** Damage to the file itself: it must not be written to, and a backup should take its place. */
export function isDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

export class StorageUnavailable extends TidingsError {
  readonly at = new Date().toISOString();

  constructor(
    readonly problem: StorageProblem,
    readonly detail: string,
  ) {
    super('unavailable', messages[problem]);
    this.name = 'StorageUnavailable';
  }
}

/** The error to pass on: a storage problem in words a person can act on, anything else unchanged. */
export function explainStorageError(error: unknown): unknown {
  const problem = storageProblem(error);
  if (problem === null || error instanceof StorageUnavailable) return error;
  return new StorageUnavailable(problem, error instanceof Error ? error.message : String(error));
}
