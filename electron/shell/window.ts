// The main window, locked down: isolated, sandboxed, no Node, no middle-click window opening. What it
// may navigate to, open or attach is decided for every web contents in guards.ts.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { contractBridgeSpec } from './bridge-contract';
import { bridgeArgument } from './bridge-spec';
import { loadPage } from './page-load';
import { appOrigin } from './security-rules';

export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export function createMainWindow(shellDir: string, placement: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    ...placement,
    minWidth: 720,
    minHeight: 480,
    title: 'Tidings',
    show: false,
    webPreferences: {
      // The preload exposes only the contract's calls (see preload.ts); reviewed in docs/security.md.
      preload: join(shellDir, 'preload.cjs'),
      // The calls and channels the preload exposes (bridge-spec.ts), so it need not bundle the contract.
      additionalArguments: [bridgeArgument(contractBridgeSpec())],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click (auxclick) on a link would otherwise open it in a new window of ours.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  // A failed load leaves the window blank; the message goes where a developer looks (the terminal).
  void loadPage(window, `${appOrigin}/index.html`, (message) => console.error(message));
  return window;
}
