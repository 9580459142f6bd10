// Where a person's library lives by default: the same folder Electron calls userData for an app
// named "Tidings", so the app, the CLI and the web host open the same file.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const appName = 'Tidings';
export const databaseFileName = 'tidings.db';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.TIDINGS_HOME) return env.TIDINGS_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appName);
}

export function defaultDatabaseFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(defaultDataDir(env), databaseFileName);
}
