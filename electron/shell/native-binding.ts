// Where better-sqlite3's Electron build is (the Node build in node_modules cannot load in Electron):
// from a checkout, .native/electron-<version>/ beside the project (scripts/native.mjs); in a packaged
// app, resources/native/electron-<version>/, where electron-builder.yml's extraResources puts it —
// outside app.asar, since native code cannot be loaded from inside it.
import { join } from 'node:path';

export interface NativeBindingPlace {
  packaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** The project folder (a checkout) */
  appRoot: string;
  /** process.versions.electron */
  electronVersion: string;
}

export function nativeBindingPath(place: NativeBindingPlace): string {
  const folder = place.packaged ? join(place.resourcesPath, 'native') : join(place.appRoot, '.native');
  return join(folder, `electron-${place.electronVersion}`, 'better_sqlite3.node');
}
