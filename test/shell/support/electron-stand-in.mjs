// A stand-in for the `electron` module, for running the bundled main process under plain Node
// (test/shell/main-start.test.ts): it records what the main process asks of Electron before the app
// is ready, and the app never becomes ready. When the process exits, the record goes to the parent.
const calls = [];
const record = (name) => (...args) => {
  calls.push([name, ...args.filter((arg) => typeof arg !== 'function')]);
};
process.on('exit', () => process.stdout.write(`${JSON.stringify(calls)}\n`));

export const app = {
  isPackaged: false,
  setName: record('app.setName'),
  setPath: record('app.setPath'),
  setAppUserModelId: record('app.setAppUserModelId'),
  requestSingleInstanceLock: () => true,
  on: record('app.on'),
  isReady: () => false,
  quit: record('app.quit'),
  whenReady: () => {
    calls.push(['app.whenReady']);
    return new Promise(() => {});
  },
};
export const protocol = { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'), handle: record('protocol.handle') };
export const ipcMain = { on: record('ipcMain.on'), handle: record('ipcMain.handle') };
export const session = {};
export const screen = {};
export const shell = {};
export const net = {};
export const dialog = {};
export const nativeTheme = {};
export const nativeImage = {};
export const safeStorage = { isEncryptionAvailable: () => false };
export const utilityProcess = {};
export const Menu = {};
export class BrowserWindow {}
export class Notification {}
export class Tray {}
