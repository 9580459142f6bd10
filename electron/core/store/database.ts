// Opening the one database file: pragmas first, then every migration not yet applied, each in
// its own transaction so a crash mid-migration leaves the previous version intact.
import Database from 'better-sqlite3';
import { TidingsError } from '../../../shared/errors';
import { backupBeforeMigration } from './backups';
import { secureLibraryFiles } from './file-modes';
import { migrations } from './migrations';
import { chooseIncrementalVacuum } from './free-space';
import { tidingsApplicationId } from './library-identity';

export type Db = Database.Database;

export interface OpenOptions {
  /** A better-sqlite3 binary built for this runtime's ABI (Electron needs its own). */
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * Another connection of this process opened (and migrated) the file already: a worker thread's
   * connection. Its schema must then be exactly the one this code knows.
   */
  existing?: boolean;
  /**
   * WAL checkpoints are another connection's job (the store worker's), never this one's: its
   * commits then never copy the log into the file, which took a mark-all-read of 100,000 articles
   * 140 ms longer on the thread that serves the UI.
   */
  checkpointsElsewhere?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && !options.readonly) secureLibraryFiles(file);
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: options.readonly ?? false,
  });
  if (!options.readonly && db.pragma('user_version', { simple: true }) === 0) chooseIncrementalVacuum(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (options.checkpointsElsewhere) db.pragma('wal_autocheckpoint = 0');
  if (options.readonly) {
    expectReadableSchema(db);
    return db;
  }
  if (options.existing) expectCurrentSchema(db);
  else {
    migrate(db);
    markAsTidings(db);
  }
  beginWritesAtOnce(db);
  return db;
}

/** Read-only, nothing can be migrated: an older library cannot be read by this version until it is. */
function expectReadableSchema(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current === migrations.length) return;
  db.close();
  throw new TidingsError(
    'unavailable',
    current > migrations.length
      ? `this library was written by a newer Tidings (schema ${current}, this version knows ${migrations.length})`
      : 'this library must be upgraded to this version of Tidings before it can be read, and its file or folder is read-only; make it writable once',
  );
}

function expectCurrentSchema(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current !== migrations.length) {
    throw new TidingsError('conflict', `the library's schema is ${current}, this connection expected ${migrations.length}`);
  }
}

/**
 * Every transaction begins IMMEDIATE, holding the write lock from its first statement. Worker
 * threads write this file through connections of their own; a transaction that read first and
 * wrote later would find, if one of them had committed in between, that its snapshot is out of
 * date (SQLITE_BUSY_SNAPSHOT), an error no waiting can cure. Begun IMMEDIATE, it waits its turn
 * (busy_timeout) instead.
 */
function beginWritesAtOnce(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((work) => transaction(work).immediate) as Db['transaction'];
}

/** New libraries and ones from before the id carry it, so a damaged one is still known for ours. */
function markAsTidings(db: Db): void {
  if (db.pragma('application_id', { simple: true }) === 0) db.pragma(`application_id = ${tidingsApplicationId}`);
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new TidingsError(
      'conflict',
      `this library was written by a newer Tidings (schema ${current}, this version knows ${migrations.length})`,
    );
  }
  // The file as it was, before this version of the app changes it; a person can go back to it.
  if (current > 0 && current < migrations.length && db.name !== ':memory:') backupBeforeMigration(db, db.name, current);
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per database and reused: hot paths call this per row. */
export function prepared<Params extends unknown[] = unknown[], Row = unknown>(
  db: Db,
  sql: string,
): Database.Statement<Params, Row> {
  let statements = statementCache.get(db);
  if (!statements) statementCache.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement as unknown as Database.Statement<Params, Row>;
}
