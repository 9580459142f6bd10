// The Electron main process: opens the core, serves the renderer over app://, registers the
// contract's IPC handlers and shows the window. Everything else lives in the core.
import { app, BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore, type Core } from '../core/core';
import { defaultDatabaseFile, defaultDataDir } from '../core/paths';
import { startMaintenance } from '../core/maintenance';
import { startScheduler } from '../core/scheduler';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { lockDownApp } from './guards';
import { createMainWindow } from './window';

const shellDir = dirname(fileURLToPath(import.meta.url));
const appRoot = join(shellDir, '..', '..');

app.setName('Tidings');
// The CLI and the web host find the library in the same folder without asking Electron.
app.setPath('userData', defaultDataDir());
if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();

let core: Core | null = null;
let stopScheduler: () => void = () => undefined;
let stopMaintenance: () => void = () => undefined;

/** In development, better-sqlite3 for Electron's ABI sits beside Node's (scripts/native.mjs). */
function electronNativeBinding(): string | undefined {
  const candidate = join(appRoot, '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

function showWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return void createMainWindow(shellDir, { width: 1280, height: 820 });
  if (window.isMinimized()) window.restore();
  window.focus();
}

app.on('second-instance', showWindow);

app.whenReady().then(() => {
  const nativeBinding = electronNativeBinding();
  core = openCore({
    dbFile: process.env.TIDINGS_DB ?? defaultDatabaseFile(),
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  lockDownApp();
  serveRenderer(join(appRoot, 'dist', 'renderer'));
  registerIpc(core.handlers);
  stopScheduler = startScheduler(core.store, core.refresher);
  stopMaintenance = startMaintenance(core.store);
  showWindow();
  app.on('activate', showWindow);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  stopScheduler();
  stopMaintenance();
  core?.close();
  core = null;
});
