// Publishing replaces index.html, shared.atom and shared.json, so it writes only into a folder
// Tidings owns: one it found empty (hidden entries such as .git or .stfolder aside, so a new
// repository or a synced folder will do) and marked, or one already marked. A person who points
// --out at their website's folder gets a refusal, and their index.html stays as it was.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TidingsError } from '../../../shared/errors';
import { writeFileAtomic } from './atomic-write';
import { sharedFileNames } from './shared-feed';

export const folderMarker = '.tidings-shared-folder';

const markerText =
  'Tidings publishes your shared items into this folder (index.html, shared.atom, shared.json)\n' +
  'and replaces those files each time. Remove this file and Tidings will no longer write here.\n';

const ourFiles = new Set<string>(Object.values(sharedFileNames));

/** Throws a conflict, naming what is in the way, when the folder is not Tidings' to write. */
export function claimSharedFolder(folder: string): void {
  if (existsSync(join(folder, folderMarker))) return;
  const visible = readdirSync(folder).filter((name) => !name.startsWith('.'));
  if (visible.length > 0 && !publishedBefore(folder, visible)) {
    const shown = visible.slice(0, 3).join(', ') + (visible.length > 3 ? ', …' : '');
    throw new TidingsError(
      'conflict',
      `the folder ${folder} already holds files Tidings did not write (${shown}); publish into an empty folder instead`,
    );
  }
  writeFileAtomic(join(folder, folderMarker), markerText);
}

/** A folder written by a Tidings from before the marker: only our files, the page ours by its generator tag. */
function publishedBefore(folder: string, visible: readonly string[]): boolean {
  if (!visible.every((name) => ourFiles.has(name)) || !visible.includes(sharedFileNames.page)) return false;
  try {
    return readFileSync(join(folder, sharedFileNames.page), 'utf8').includes('<meta name="generator" content="Tidings">');
  } catch {
    return false;
  }
}
