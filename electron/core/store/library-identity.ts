// Whether a file is a Tidings library. Only one that is (or was, before it was damaged) may be
// migrated, set aside as damaged or replaced; anything else a person points --db at (a picture,
// another program's SQLite file) is refused and left exactly as it was.
import Database from 'better-sqlite3';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { TidingsError } from '../../../shared/errors';
import { explainStorageError, isDamage } from './storage-errors';

/** `PRAGMA application_id` of every Tidings library: "TDNG" in ASCII. */
export const tidingsApplicationId = 0x54444e47;

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');
/** Where SQLite's file header keeps the application id (big-endian). */
const applicationIdOffset = 68;

export type LibraryIdentity =
  | 'missing'
  /** No tables yet (or a zero-byte file): nothing in it to lose. */
  | 'empty'
  | 'tidings'
  /** Carries the Tidings id but SQLite cannot read it: a damaged library. */
  | 'damaged-tidings'
  | 'folder'
  | 'other-sqlite'
  | 'not-a-library';

export function identifyLibrary(file: string, nativeBinding?: string): LibraryIdentity {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return 'folder';
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (size === 0) return 'empty';
  const header = readHeader(file);
  const markedOurs = header.length >= applicationIdOffset + 4 && header.readUInt32BE(applicationIdOffset) === tidingsApplicationId;
  if (!header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) return markedOurs ? 'damaged-tidings' : 'not-a-library';
  try {
    return identifyBySchema(file, nativeBinding);
  } catch (error) {
    // A library in a read-only folder cannot even be read in place (WAL needs its -shm file there).
    if (!isDamage(error)) throw explainStorageError(error);
    return markedOurs ? 'damaged-tidings' : 'other-sqlite';
  }
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Through SQLite, so that an id still in the write-ahead log counts; a library from before the id by its tables. */
function identifyBySchema(file: string, nativeBinding?: string): LibraryIdentity {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    if (db.pragma('application_id', { simple: true }) === tidingsApplicationId) return 'tidings';
    const tables = new Set(
      db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all()
        .map((row) => row.name),
    );
    if (tables.size === 0) return 'empty';
    return tables.has('feeds') && tables.has('articles') && tables.has('folders') ? 'tidings' : 'other-sqlite';
  } finally {
    db.close();
  }
}

/** One line for a file that must not be opened as a library; null when it may be. */
export function notALibraryMessage(file: string, identity: LibraryIdentity): string | null {
  switch (identity) {
    case 'folder':
      return `${file} is a folder, not a library file; give the library's file, e.g. ${file.replace(/\/+$/, '')}/tidings.db`;
    case 'other-sqlite':
      return `${file} is another program's database, not a Tidings library; nothing was changed`;
    case 'not-a-library':
      return `${file} is not a Tidings library (${describeContent(file)}); nothing was changed`;
    default:
      return null;
  }
}

const signatures: readonly [string, Buffer][] = [
  ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ['a JPEG image', Buffer.from([0xff, 0xd8, 0xff])],
  ['a GIF image', Buffer.from('GIF8', 'latin1')],
  ['a PDF document', Buffer.from('%PDF', 'latin1')],
  ['a zip archive', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
];

function describeContent(file: string): string {
  const header = readHeader(file);
  const known = signatures.find(([, magic]) => header.subarray(0, magic.length).equals(magic));
  if (known) return `it is ${known[0]}`;
  return 'its contents are not a database';
}

/** Throws the refusal for a file that is there and is not a library. */
export function expectLibraryOrNothing(file: string, nativeBinding?: string): LibraryIdentity {
  const identity = identifyLibrary(file, nativeBinding);
  const refusal = notALibraryMessage(file, identity);
  if (refusal) throw new TidingsError('bad_input', refusal);
  return identity;
}
