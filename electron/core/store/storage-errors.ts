// The one place where SQLite's errors are understood. When the library cannot be used, the cause
// is the machine or the file, not the feed or the call: a full disk, a read-only file or folder, a
// failing drive, another program holding the file, damage to the file itself. Such errors are told
// apart from everything else so that no feed is marked broken for them, a refresh stops instead of
// failing a thousand times, and the person reads what to do. SQLite rolls the transaction back, so
// nothing is lost. An architecture test keeps SQLite's result codes out of every other file.
import { TidingsError } from '../../../shared/errors';

export type StorageProblem = 'full' | 'read-only' | 'io' | 'locked' | 'damaged';

/**
 * SQLite's result codes by what they mean for the person, first match wins. A code matches its
 * primary code and every extended one (SQLITE_IOERR_WRITE is an SQLITE_IOERR).
 */
export const storageProblemOfCode: readonly (readonly [codePrefix: string, problem: StorageProblem])[] = [
  ['SQLITE_FULL', 'full'],
  ['SQLITE_READONLY', 'read-only'],
  ['SQLITE_IOERR', 'io'],
  ['SQLITE_BUSY', 'locked'],
  ['SQLITE_LOCKED', 'locked'],
  ['SQLITE_CORRUPT', 'damaged'],
  ['SQLITE_NOTADB', 'damaged'],
];

const messages: Record<StorageProblem, string> = {
  full: 'The disk that holds your library is full, so Tidings could not save. Nothing was lost; free some space and it carries on.',
  'read-only': 'Your library file or its folder is read-only, so Tidings could not save. Nothing was lost; make it writable again.',
  io: 'The disk that holds your library reported an error, so Tidings could not save. Nothing was lost; check the drive.',
  locked: 'Another program kept your library busy for too long, so Tidings could not save. Nothing was lost; try again in a moment.',
  damaged: 'Your library file is damaged, so Tidings could not use it. Restart Tidings: it keeps the damaged file aside and restores the newest good backup.',
};

/** SQLite's result code on better-sqlite3's SqliteError (or one revived from a worker), else "". */
function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** What is wrong with the library, if this error says something is; null for any other error. */
export function storageProblem(error: unknown): StorageProblem | null {
  if (error instanceof StorageUnavailable) return error.problem;
  const code = sqliteCode(error);
  if (!code.startsWith('SQLITE_')) return null;
  return storageProblemOfCode.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`))?.[1] ?? null;
}

/** Damage to the file itself: it must not be written to, and a backup should take its place. */
export function isDamage(error: unknown): boolean {
  return storageProblem(error) === 'damaged';
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
