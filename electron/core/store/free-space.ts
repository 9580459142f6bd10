// Giving back the disk space of deleted articles (retention, unsubscribing). A library is made
// with auto_vacuum = INCREMENTAL, so space can be returned a slice at a time without the long
// exclusive lock of a full VACUUM; SQLite reuses free pages anyway, so this only matters once a
// lot was deleted.
import type { Db } from './database';

/** Below this much free space (in pages) nothing is done: the next writes will reuse it. */
const worthReturningPages = 2048;
/** Pages returned per call, so that no write waits long behind it. */
const slicePages = 4096;

/** For a file about to get its first table: auto_vacuum can only be chosen before that. */
export function chooseIncrementalVacuum(db: Db): void {
  db.pragma('auto_vacuum = INCREMENTAL');
}

/** Returns one slice of free pages to the file system; answers how many pages it returned. */
export function returnFreeSpace(db: Db): number {
  if (db.pragma('auto_vacuum', { simple: true }) !== 2) return 0;
  const free = db.pragma('freelist_count', { simple: true }) as number;
  if (free < worthReturningPages) return 0;
  const pages = Math.min(free, slicePages);
  db.pragma(`incremental_vacuum(${pages})`);
  return free - (db.pragma('freelist_count', { simple: true }) as number);
}
