// Remembers the main window's size, position and maximized state (window-state-file.ts) and opens
// it there next time, fitted to the screens there are now (window-state.ts).
import { screen, type BrowserWindow } from 'electron';
import { placeWindow, type Placement } from './window-state';
import { readWindowState, writeWindowState } from './window-state-file';

const saveDelayMs = 500;

export function initialPlacement(dataDir: string): Placement {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return placeWindow(readWindowState(dataDir), [primary, ...others].map((display) => display.workArea));
}

export function keepPlacement(window: BrowserWindow, dataDir: string): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed() || window.isMinimized()) return;
    try {
      writeWindowState(dataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch {
      // Not remembering a window size is no reason to bother anyone.
    }
  };
  const soon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, saveDelayMs);
  };
  window.on('resize', soon);
  window.on('move', soon);
  window.on('maximize', soon);
  window.on('unmaximize', soon);
  window.on('close', save);
}
