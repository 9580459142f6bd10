// The tray icon as main.ts holds it: once destroyed (on quit), updates are dropped instead of
// reaching a destroyed Tray, which throws — a 'state' message from the core still in flight while
// the app quits would otherwise end in an error dialog. Pure: Electron's Tray fits NativeTray.

export interface TrayIcon {
  setUnread(unread: number): void;
  destroy(): void;
}

export interface NativeTray {
  isDestroyed(): boolean;
  destroy(): void;
}

export function trayIcon(tray: NativeTray, show: (unread: number) => void): TrayIcon {
  return {
    setUnread: (unread) => {
      if (!tray.isDestroyed()) show(unread);
    },
    destroy: () => {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
