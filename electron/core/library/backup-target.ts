// Where `backup` may write. A backup never lands on the library it copies, whatever the name it is
// reached by (a symbolic or hard link, "..", another mount of the folder): files are compared by
// device and inode, not by path text. Nor does it replace a file that is already there (another
// program's database, an older backup) unless the person asked for that with force.
import { lstatSync, statSync, type Stats } from 'node:fs';
import { ImportError } from './errors';

const statOrNull = (path: string, follow = true): Stats | null => {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return null;
  }
};

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

export function checkBackupTarget(target: string, libraryFile: string, force: boolean): void {
  const there = statOrNull(target);
  const live = [libraryFile, `${libraryFile}-wal`, `${libraryFile}-shm`];
  if (live.includes(target) || (there && live.some((file) => { const own = statOrNull(file); return own !== null && sameFile(own, there); }))) {
    throw new ImportError('backup', 'the backup cannot overwrite the library it copies; choose another file');
  }
  if (there?.isDirectory()) throw new ImportError('backup', `${target} is a folder; name a file to write the backup to`);
  // A dangling symbolic link is there too: replacing it is for force to decide.
  if (!force && (there || statOrNull(target, false))) {
    throw new ImportError('backup', `${target} already exists; choose another name, or replace it with --force`);
  }
}
