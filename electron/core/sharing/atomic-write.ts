// A file replaced whole or not at all: written to a temporary name in the same folder, flushed to
// disk, then renamed over the old one. A sync tool (Syncthing, Dropbox, a git hook) watching the
// folder sees the old file or the new one, never half of one; rename is atomic within a folder.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Temporary files start with this, so sync tools can be told to ignore them. */
export const tempPrefix = '.tidings-';

export function writeFileAtomic(path: string, contents: string): void {
  const folder = dirname(path);
  const temp = join(folder, `${tempPrefix}${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = openSync(temp, 'wx', 0o644);
  try {
    writeSync(handle, contents, 0, 'utf8');
    fsyncSync(handle);
  } catch (error) {
    closeSync(handle);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(handle);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(folder);
}

/** The rename itself survives a power cut only once the folder is flushed (not possible on Windows). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let handle: number | null = null;
  try {
    handle = openSync(folder, 'r');
    fsyncSync(handle);
  } catch {
    // Some file systems refuse fsync on a folder; the file itself is already safe.
  } finally {
    if (handle !== null) closeSync(handle);
  }
}
