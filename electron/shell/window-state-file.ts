// The window's last size, position and maximized state, in window-state.json beside the library.
// Written whole to a temporary name and renamed, so a crash leaves the old file or the new one.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSavedWindow, type SavedWindow } from './window-state';

export const windowStateFileName = 'window-state.json';

export function readWindowState(dataDir: string): SavedWindow | null {
  try {
    return parseSavedWindow(JSON.parse(readFileSync(join(dataDir, windowStateFileName), 'utf8')));
  } catch {
    return null;
  }
}

export function writeWindowState(dataDir: string, state: SavedWindow): void {
  const file = join(dataDir, windowStateFileName);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
  renameSync(`${file}.tmp`, file);
}
