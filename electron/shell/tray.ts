// The tray (notification area / menu bar) icon: the unread count in its tooltip and menu, and
// refresh / open / quit. It is what keeps Tidings reachable while it runs in the background.
import { Menu, Tray, nativeImage } from 'electron';
import { join } from 'node:path';
import { trayMenuTemplate, unreadLabel, type TrayActions } from './app-menu';
import { trayIcon, type TrayIcon } from './tray-icon';

export type { TrayIcon } from './tray-icon';

export function createTray(shellDir: string, actions: TrayActions): TrayIcon {
  // tray.png (32 px) and tray@2x.png (64 px) are copied from build/icons by scripts/build.mjs.
  const tray = new Tray(nativeImage.createFromPath(join(shellDir, 'tray.png')));
  const icon = trayIcon(tray, (unread) => {
    tray.setToolTip(`Tidings — ${unreadLabel(unread)}`);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(unread, actions)));
  });
  icon.setUnread(0);
  // Windows and Linux: a click on the icon opens the window (the menu is on the right button).
  tray.on('click', actions.open);
  return icon;
}
