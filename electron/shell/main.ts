// The Electron main process: one instance, one window, the menus and the tray. The core (library,
// refresh, import, search) runs in its own process (core-host.ts → core-process.ts); this process
// only forwards the page's calls to it and shows what it reports: unread count in the tray and
// badge, notifications for new articles, the theme. It also takes what the OS asks the app to open
// (feed: links, OPML files) and hands it to the page.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification } from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keptImagesOnDisk } from '../core/images/kept-on-disk';
import { defaultDatabaseFile, defaultDataDir } from '../core/paths';
import { ipcShellListeningChannel, type ShellEvent } from '../../shared/contract';
import { appMenuTemplate } from './app-menu';
import { appUserModelId } from './app-identity';
import { CoreHost } from './core-host';
import { sendLiveEvent } from './page-live-events';
import { ShellView, type NewArticles, type ShellState } from './shell-view';
import { lockDownApp } from './guards';
import { HeldNotifications } from './held-notifications';
import { registerIpc } from './ipc';
import { nativeBindingPath } from './native-binding';
import { newArticlesNotice } from './notices';
import { ruleNotice } from './rule-notices';
import { openRequestFrom, openRequestsFromArgv, subscribeSchemes, type OpenRequest } from './open-requests';
import { PageEvents } from './page-events';
import { registerAppScheme, serveRenderer } from './protocol';
import { isTrustedSender } from './security-rules';
import { createTray, type TrayIcon } from './tray';
import { createMainWindow } from './window';
import { initialPlacement, keepPlacement } from './window-keeper';

const shellDir = dirname(fileURLToPath(import.meta.url));
const appRoot = join(shellDir, '..', '..');

app.setName('Tidings');
// Toasts on Windows need the AppUserModelID the installer's Start menu shortcut carries.
if (process.platform === 'win32') app.setAppUserModelId(appUserModelId);
// The CLI and the web host find the library in the same folder without asking Electron.
const dataDir = defaultDataDir();
app.setPath('userData', dataDir);

/** better-sqlite3 built for Electron's ABI: beside Node's in a checkout, next to app.asar when packaged. */
function electronNativeBinding(): string | undefined {
  const candidate = nativeBindingPath({
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appRoot,
    electronVersion: process.versions.electron,
  });
  return existsSync(candidate) ? candidate : undefined;
}

const dbFile = process.env.TIDINGS_DB ?? defaultDatabaseFile();

let window: BrowserWindow | null = null;
let tray: TrayIcon | null = null;
let core: CoreHost | null = null;
let state: ShellState | null = null;
let quitting = false;
const pageEvents = new PageEvents();
ipcMain.on(ipcShellListeningChannel, (event, name: unknown) => {
  if (isTrustedSender(event)) pageEvents.pageListens(event.sender, name);
});
const notifications = new HeldNotifications<Notification>();
/** What the OS asked to open before the window was there. */
const early: OpenRequest[] = [];

function showWindow(): BrowserWindow {
  if (!window || window.isDestroyed()) {
    const placement = initialPlacement(dataDir);
    window = createMainWindow(shellDir, placement.bounds);
    if (placement.maximized) window.maximize();
    keepPlacement(window, dataDir);
    window.webContents.on('did-navigate', () => pageEvents.forgetPage());
    window.on('close', (event) => {
      // With the tray, closing the window leaves Tidings running (and refreshing) in the background.
      if (!quitting && tray && state?.settings.runInBackground && process.platform !== 'darwin') {
        event.preventDefault();
        window?.hide();
      }
    });
    window.on('closed', () => {
      window = null;
      pageEvents.forgetPage();
    });
  } else {
    if (window.isMinimized()) window.restore();
    window.show();
  }
  window.focus();
  return window;
}

function tellPage(event: ShellEvent): void {
  showWindow();
  pageEvents.send(event);
}

function handleOpen(request: OpenRequest): void {
  if (!app.isReady()) {
    early.push(request);
    return;
  }
  if (request.kind === 'subscribe') tellPage({ name: 'offerSubscription', payload: { url: request.url } });
  else tellPage({ name: 'importFile', payload: { path: request.path, name: basename(request.path) } });
}

function showState(next: ShellState): void {
  state = next;
  nativeTheme.themeSource = next.settings.theme;
  tray?.setUnread(next.unread);
  app.setBadgeCount(next.unread);
}

function notifyNewArticles(added: NewArticles[]): void {
  const notice = newArticlesNotice(added, state?.settings.notifyFeedIds ?? []);
  if (!notice || !Notification.isSupported()) return;
  notifications.show(new Notification({ title: notice.title, body: notice.body, silent: true }), () => void showWindow());
}

function notifyRuleMatches(notice: { title: string; body: string } | null): void {
  if (!notice || !Notification.isSupported()) return;
  notifications.show(new Notification({ title: notice.title, body: notice.body }), () => void showWindow());
}

function startCore(): CoreHost {
  const nativeBinding = electronNativeBinding();
  // The tray, the badge and notifications hear the core's live events as the window does.
  const view = new ShellView({ request: (name, input) => host.client.request(name, input), onState: showState, onNewArticles: notifyNewArticles });
  const host: CoreHost = new CoreHost({
    shellDir,
    dbFile,
    ...(nativeBinding ? { nativeBinding } : {}),
    onEvent: (event) => {
      view.hear(event);
      if (event.name === 'ruleNotified') notifyRuleMatches(ruleNotice(event.payload));
      sendLiveEvent(window?.webContents, event);
    },
    onStarted: () => void view.start().catch(() => undefined),
    onFailed: (message) => {
      dialog.showErrorBox('Tidings cannot open its library', message);
      quitting = true;
      app.quit();
    },
  });
  host.start();
  return host;
}

function start(): void {
  registerAppScheme();
  // macOS hands links and files over as events, possibly before the app is ready.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const request = openRequestFrom(url, process.cwd());
    if (request) handleOpen(request);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const request = openRequestFrom(path, process.cwd());
    if (request) handleOpen(request);
  });
  // Windows and Linux start a second copy with the link or file on its command line.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const requests = openRequestsFromArgv(argv.slice(1), workingDirectory);
    if (requests.length === 0) showWindow();
    for (const request of requests) handleOpen(request);
  });
  early.push(...openRequestsFromArgv(process.argv.slice(1), process.cwd()));

  app.whenReady().then(() => {
    mkdirSync(dataDir, { recursive: true });
    lockDownApp(() => state?.settings.openLinksInBackground ?? false);
    // Kept images are files beside the library; this process reads them without opening it.
    serveRenderer(join(appRoot, 'dist', 'renderer'), keptImagesOnDisk(join(dirname(dbFile), 'images')));
    core = startCore();
    const host = core;
    registerIpc((name, input) => host.client.call(name, input));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(process.platform, {
          run: (command) => tellPage({ name: 'runCommand', payload: { command } }),
          openLibrary: () => tellPage({ name: 'openLibrary', payload: {} }),
        }),
      ),
    );
    tray = createTray(shellDir, {
      refresh: () => void host.client.call('refresh', {}),
      open: () => void showWindow(),
      quit: () => {
        quitting = true;
        app.quit();
      },
    });
    // Registering changes the person's desktop settings: only an installed app does it.
    if (app.isPackaged) for (const scheme of subscribeSchemes) app.setAsDefaultProtocolClient(scheme);
    showWindow();
    for (const request of early.splice(0)) handleOpen(request);
    app.on('activate', () => void showWindow());
  });

  app.on('window-all-closed', () => {
    // macOS keeps apps running without windows; elsewhere closing the window really closes it
    // unless it was hidden to the tray instead (see showWindow).
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  // The core closes the library (WAL checkpoint) before the app goes.
  app.on('will-quit', (event) => {
    const host = core;
    if (!host) return;
    core = null;
    event.preventDefault();
    // Cleared, not only destroyed: a 'state' message still on its way must find no tray to update.
    tray?.destroy();
    tray = null;
    void host.stop().finally(() => app.quit());
  });
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
